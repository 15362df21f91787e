import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/popup.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
