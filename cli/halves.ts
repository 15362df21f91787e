// A fixed split of evaluation cases into a half to tune on and a half to report: by a hash of
// the case id (FNV-1a, even → tune, odd → report), so nobody picks which cases land where and
// a new case never moves an old one.
import { bucketOf } from '../lib/store/index-store';

export type Half = 'tune' | 'report';

export function halfOf(caseId: string): Half {
  return bucketOf(caseId, 2) === 0 ? 'tune' : 'report';
}
