/**
 * The embed page's theme switch, inlined in <head> so the page never paints in the wrong colours: `?theme=light`
 * or `?theme=dark` sets data-theme on <html> (global.css picks the colours from it); anything else leaves the
 * reader's prefers-color-scheme in charge. Also marks the page as running scripts (the `js` class, as Base does).
 */
import { themeFrom } from './protocol';

const root = document.documentElement;
root.classList.add('js');
const theme = themeFrom(location.search);
if (theme) root.dataset['theme'] = theme;
