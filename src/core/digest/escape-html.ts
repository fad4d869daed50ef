// The only way sheet text enters HTML: the five characters that can open markup, close an
// attribute or start an entity are replaced, so a value is always text, in content and in
// quoted attributes alike.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
