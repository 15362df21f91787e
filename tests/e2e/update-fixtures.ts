// Releases the fake GitHub serves in the update e2e test: written for the test (fictional
// names), in the corpus format, dated after the bundled index ends.
export const UPDATE_RELEASES: Record<string, string> = {
  'content/news/press-releases/2026-03-10-sb0901.md': `---
title: "Treasury Sanctions the Halvorsen Maritime Network for Evading Oil Sanctions"
date: 2026-03-10T10:00:00-04:00
draft: false
url: /news/press-releases/sb0901
---
**WASHINGTON** – Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the Halvorsen Maritime network, six shipping companies and four tankers that moved oil in breach of sanctions.

"Treasury will keep cutting off the revenue that funds these schemes," said Under Secretary for Terrorism and Financial Intelligence Oriana Velastegui. "The Halvorsen Maritime network hid its cargoes behind a maze of shell companies."

Under Secretary Velastegui announced the action in Oslo with partners from Norway and Denmark. The tankers carried about 4.2 million barrels of crude oil in 2025.
`,
  'content/news/readouts/2026-03-12-sb0905.md': `---
title: "Readout: Under Secretary Velastegui Meets Nordic Finance Officials"
date: 2026-03-12
draft: false
url: /news/press-releases/sb0905
---
Under Secretary for Terrorism and Financial Intelligence Oriana Velastegui met finance officials from Norway and Denmark to discuss maritime sanctions enforcement.
`,
  'content/news/statements-remarks/2026-03-14-sb0910.md': `---
title: Statement on the Quarterly Refunding
date: 2026-03-14
draft: false
url: /news/press-releases/sb0910
---
The Department of the Treasury announced its quarterly refunding today.
`,
};
