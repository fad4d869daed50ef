// TextStyle and TextStyleBuilder: the font of a cell as one value, so a range's bold, italic,
// lines and colour are written in one Range.setTextStyles call.
// https://developers.google.com/apps-script/reference/spreadsheet/text-style
// https://developers.google.com/apps-script/reference/spreadsheet/text-style-builder
import { KIND } from '../../kind';
import { normalizeColor } from '../colors';
import type { CellMeta } from '../models';
import { MODEL, badArguments, typeName } from './env';

/**
 * The attributes a style sets. Google's reference does not say what an attribute left unset
 * does to a cell; the emulator keeps the cell's own (the add-on sets each one it relies on).
 */
export interface TextStyleSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  foregroundColor?: string;
  fontFamily?: string;
  fontSize?: number;
}

/** The cell format a style writes: set attributes only, false clearing a flag. */
export function textStylePatch(spec: TextStyleSpec): Partial<CellMeta> {
  const patch: Partial<CellMeta> = {};
  const flag = (v: boolean) => (v ? true : undefined);
  if (spec.bold !== undefined) patch.bold = flag(spec.bold);
  if (spec.italic !== undefined) patch.italic = flag(spec.italic);
  if (spec.underline !== undefined) patch.underline = flag(spec.underline);
  if (spec.strikethrough !== undefined) patch.strikethrough = flag(spec.strikethrough);
  if (spec.foregroundColor !== undefined) patch.fontColor = spec.foregroundColor;
  if (spec.fontFamily !== undefined) patch.fontFamily = spec.fontFamily;
  if (spec.fontSize !== undefined) patch.fontSize = spec.fontSize;
  return patch;
}

/** The style a cell shows: every attribute, with Sheets' defaults for the unset ones. */
export function textStyleOf(meta: CellMeta | undefined): TextStyleSpec {
  return {
    bold: meta?.bold === true,
    italic: meta?.italic === true,
    underline: meta?.underline === true,
    strikethrough: meta?.strikethrough === true,
    foregroundColor: meta?.fontColor ?? '#000000',
    fontFamily: meta?.fontFamily ?? 'Arial',
    fontSize: meta?.fontSize ?? 10,
  };
}

export class TextStyleFacade {
  readonly [KIND] = 'TextStyle';
  readonly [MODEL]: { kind: 'TextStyle'; value: TextStyleSpec };

  constructor(private readonly spec: TextStyleSpec) {
    this[MODEL] = { kind: 'TextStyle', value: { ...spec } };
  }

  isBold(): boolean | null {
    return this.spec.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.spec.italic ?? null;
  }
  isUnderline(): boolean | null {
    return this.spec.underline ?? null;
  }
  isStrikethrough(): boolean | null {
    return this.spec.strikethrough ?? null;
  }
  getForegroundColor(): string | null {
    return this.spec.foregroundColor ?? null;
  }
  getFontFamily(): string | null {
    return this.spec.fontFamily ?? null;
  }
  getFontSize(): number | null {
    return this.spec.fontSize ?? null;
  }
  copy(): TextStyleBuilderFacade {
    return new TextStyleBuilderFacade({ ...this.spec });
  }
}

export class TextStyleBuilderFacade {
  readonly [KIND] = 'TextStyleBuilder';

  constructor(private readonly spec: TextStyleSpec = {}) {}

  private flag(
    key: 'bold' | 'italic' | 'underline' | 'strikethrough',
    method: string,
    value: unknown,
  ): TextStyleBuilderFacade {
    if (typeof value !== 'boolean') {
      throw badArguments(`SpreadsheetApp.TextStyleBuilder.${method}`, typeName(value));
    }
    this.spec[key] = value;
    return this;
  }

  setBold(bold: boolean): TextStyleBuilderFacade {
    return this.flag('bold', 'setBold', bold);
  }
  setItalic(italic: boolean): TextStyleBuilderFacade {
    return this.flag('italic', 'setItalic', italic);
  }
  setUnderline(underline: boolean): TextStyleBuilderFacade {
    return this.flag('underline', 'setUnderline', underline);
  }
  setStrikethrough(strikethrough: boolean): TextStyleBuilderFacade {
    return this.flag('strikethrough', 'setStrikethrough', strikethrough);
  }
  setForegroundColor(color: string): TextStyleBuilderFacade {
    if (typeof color !== 'string') {
      throw badArguments('SpreadsheetApp.TextStyleBuilder.setForegroundColor', typeName(color));
    }
    const normalized = normalizeColor(color);
    if (!normalized) {
      throw new Error(`Invalid argument: ${color} is not a colour (use #rrggbb or a CSS name).`);
    }
    this.spec.foregroundColor = normalized;
    return this;
  }
  setFontFamily(family: string): TextStyleBuilderFacade {
    this.spec.fontFamily = String(family);
    return this;
  }
  setFontSize(size: number): TextStyleBuilderFacade {
    if (typeof size !== 'number') {
      throw badArguments('SpreadsheetApp.TextStyleBuilder.setFontSize', typeName(size));
    }
    this.spec.fontSize = size;
    return this;
  }
  build(): TextStyleFacade {
    return new TextStyleFacade({ ...this.spec });
  }
}
