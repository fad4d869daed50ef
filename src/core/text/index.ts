// Text from the sheet made safe to show: cleaned to one line, escaped for HTML, links
// limited to http(s), and counted words.
export { cleanHeader, cleanLine, cleanValue, isolateForText, plural, truncate } from './clean';
export { escapeHtml, safeHttpUrl } from './html';
