import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';

const root = createRoot(document.getElementById('root') as HTMLElement);

void detectHost().then((host) => {
  root.render(<App host={host} />);
});
