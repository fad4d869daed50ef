// The editor's Ui: menus, sidebars, dialogs, alerts and prompts. Nothing is displayed: the emulator
// records what would be, and answers alerts and prompts from a queue a test fills.
// https://developers.google.com/apps-script/reference/base/ui
import { enumOf } from './enums';
import type { HtmlOutput } from './html-service';
import { KIND } from './kind';

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** null for the add-on menu (Extensions > the add-on's name). */
  caption: string | null;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  width: number;
  height: number;
  content: string;
  user: string;
}

export interface UiState {
  menus: MenuRecord[];
  sidebar: ShownHtml | null;
  dialogs: (ShownHtml & { modal: boolean })[];
  alerts: {
    title: string;
    prompt: string;
    buttons: string;
    kind: 'alert' | 'prompt';
    answer: string;
    text?: string;
  }[];
}

export interface UiAnswer {
  /** 'OK', 'CANCEL', 'YES', 'NO' or 'CLOSE'; by default the first button of the set. */
  button?: string;
  /** A prompt's response text. */
  text?: string;
}

/** Host side: what the user would see, and the answers they will give. */
export class UiRecorder {
  state: UiState = { menus: [], sidebar: null, dialogs: [], alerts: [] };
  readonly answers: UiAnswer[] = [];

  /** Queues the answer to the next alert or prompt. */
  answer(a: UiAnswer): void {
    this.answers.push(a);
  }
}

const SIDEBAR_WIDTH = 300;
const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class Menu implements GoogleAppsScript.Base.Menu {
  readonly [KIND] = 'Menu';
  readonly items: MenuEntry[] = [];

  constructor(
    readonly caption: string | null,
    private readonly recorder: UiRecorder,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    if (!(menu instanceof Menu)) throw new Error('Invalid argument: menu');
    this.items.push({ type: 'submenu', caption: menu.caption ?? '', items: [...menu.items] });
    return this;
  }
  addToUi(): void {
    const menus = this.recorder.state.menus.filter((m) => m.caption !== this.caption);
    menus.push({ caption: this.caption, items: structuredClone(this.items) });
    this.recorder.state.menus = menus;
  }
}

export class PromptResponse {
  readonly [KIND] = 'PromptResponse';

  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export interface UiContext {
  activeUser(): string;
}

export class Ui {
  readonly [KIND] = 'Ui';
  readonly Button = enumOf<typeof GoogleAppsScript.Base.Button>([
    'CLOSE',
    'OK',
    'CANCEL',
    'YES',
    'NO',
  ]);
  readonly ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(Object.keys(BUTTON_SETS));

  constructor(
    private readonly recorder: UiRecorder,
    private readonly context: UiContext,
  ) {}

  createAddonMenu(): Menu {
    return new Menu(null, this.recorder);
  }

  createMenu(caption: string): Menu {
    return new Menu(String(caption), this.recorder);
  }

  private shown(output: unknown, title?: string): ShownHtml {
    const snap = (output as HtmlOutput | null)?.snapshot?.();
    if (!snap) throw new Error('Invalid argument: userInterface');
    return {
      title: title ?? snap.title,
      width: snap.width,
      height: snap.height,
      content: snap.content,
      user: this.context.activeUser(),
    };
  }

  showSidebar(userInterface: unknown): void {
    this.recorder.state.sidebar = { ...this.shown(userInterface), width: SIDEBAR_WIDTH };
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.recorder.state.dialogs.push({ ...this.shown(userInterface, String(title)), modal: true });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.recorder.state.dialogs.push({ ...this.shown(userInterface, String(title)), modal: false });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  private ask(kind: 'alert' | 'prompt', args: unknown[]) {
    const [title, prompt, buttons] =
      args.length >= 3
        ? [String(args[0]), String(args[1]), String(args[2])]
        : args.length === 2
          ? ['', String(args[0]), String(args[1])]
          : ['', String(args[0]), 'OK'];
    const allowed = BUTTON_SETS[buttons];
    if (!allowed) throw new Error('Invalid argument: buttons');
    const next = this.recorder.answers.shift() ?? {};
    const answer = next.button ?? allowed[0];
    if (answer !== 'CLOSE' && !allowed.includes(answer)) {
      throw new Error(`The queued answer ${answer} is not a button of ${buttons}`);
    }
    const text = next.text ?? '';
    this.recorder.state.alerts.push({
      title,
      prompt,
      buttons,
      kind,
      answer,
      ...(kind === 'prompt' ? { text } : {}),
    });
    return { answer, text };
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    return this.ask('alert', args).answer as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): PromptResponse {
    const { answer, text } = this.ask('prompt', args);
    return new PromptResponse(text, answer);
  }
}
