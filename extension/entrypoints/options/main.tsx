import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../ui/options-app';
import '../../ui/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
