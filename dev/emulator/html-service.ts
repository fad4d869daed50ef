// HtmlService: HTML outputs for sidebars and dialogs. Files come from beside the bundle
// (dist/Sidebar.html for createHtmlOutputFromFile('Sidebar')), as clasp pushes them.
// https://developers.google.com/apps-script/reference/html/html-service
import { enumOf } from './enums';
import { KIND } from './kind';

export class HtmlOutput {
  readonly [KIND] = 'HtmlOutput';
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl: string | null = null;
  private sandboxMode = 'IFRAME';
  private xFrameOptionsMode = 'DEFAULT';
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = String(iconUrl);
    return this;
  }
  setSandboxMode(mode: unknown): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  /** Host side: what the emulator records when the output is shown. */
  snapshot() {
    return {
      title: this.title,
      width: this.width,
      height: this.height,
      content: this.content,
      sandboxMode: this.sandboxMode,
      xFrameOptionsMode: this.xFrameOptionsMode,
    };
  }
}

export class HtmlService {
  readonly [KIND] = 'HtmlService';
  readonly SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>([
    'EMULATED',
    'IFRAME',
    'NATIVE',
  ]);
  readonly XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>([
    'ALLOWALL',
    'DEFAULT',
  ]);

  /** `readFile(name)` returns the text of `<name>.html` beside the bundle, or undefined. */
  constructor(private readonly readFile: (name: string) => string | undefined) {}

  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html === undefined) return new HtmlOutput('');
    if (html !== null && typeof html === 'object' && KIND in html) {
      const blob = html as unknown as { getDataAsString(): string };
      return new HtmlOutput(blob.getDataAsString());
    }
    return new HtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const text = this.readFile(name);
    if (text === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutput(text);
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}
