// The spreadsheets one emulator holds. Each is a file of its own (id, name, time zone, sheets,
// document properties); one is current: the file the user has open, where calls, edits and
// opens run. The add-on is one script across all of them, as an installed add-on is.
import { Workbook, type WorkbookState } from './spreadsheet';

export interface SpreadsheetInfo {
  id: string;
  name: string;
  timeZone: string;
  current: boolean;
}

export class SpreadsheetFiles {
  private readonly books: Workbook[];
  private currentBook: Workbook;

  constructor(first: Workbook) {
    this.books = [first];
    this.currentBook = first;
  }

  get current(): Workbook {
    return this.currentBook;
  }

  /** Every file, the current one first, then the others by name (a saved state keeps this). */
  all(): Workbook[] {
    const others = this.books
      .filter((b) => b !== this.currentBook)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return [this.currentBook, ...others];
  }

  byId(id: string): Workbook | undefined {
    return this.books.find((b) => b.id === id);
  }

  /** The first file with this exact name (Drive allows several with one name). */
  byName(name: string): Workbook | undefined {
    return this.books.find((b) => b.name === name);
  }

  add(book: Workbook): Workbook {
    if (this.byId(book.id)) throw new Error(`A spreadsheet with id ${book.id} already exists`);
    this.books.push(book);
    return book;
  }

  use(book: Workbook): void {
    if (!this.books.includes(book)) throw new Error(`Not a spreadsheet of this emulator`);
    this.currentBook = book;
  }

  /** An id no file here has: emulated-spreadsheet-N with N counting on from the files held. */
  freshId(): string {
    for (let n = this.books.length + 1; ; n++) {
      const id = `emulated-spreadsheet-${n}`;
      if (!this.byId(id)) return id;
    }
  }

  recalculate(): void {
    for (const book of this.books) book.recalculate();
  }

  list(): SpreadsheetInfo[] {
    return this.all().map((b) => ({
      id: b.id,
      name: b.name,
      timeZone: b.timeZone,
      current: b === this.currentBook,
    }));
  }

  /** The saved form: the current file, and the others by name. */
  toJSON(): { current: WorkbookState; others: WorkbookState[] } {
    const [current, ...others] = this.all();
    return { current: current.toJSON(), others: others.map((b) => b.toJSON()) };
  }

  static fromJSON(
    current: WorkbookState,
    others: readonly WorkbookState[],
    now: () => number,
  ): SpreadsheetFiles {
    const files = new SpreadsheetFiles(Workbook.fromJSON(current, now));
    for (const state of others) files.add(Workbook.fromJSON(state, now));
    return files;
  }
}
