// 'SHEET!A1' references as tests and the CLI write them. The sheet name may be quoted
// ("'Q&A 2024'!B3", '' for a quote inside), and may itself contain '!'.

export interface CellRef {
  sheetName: string;
  a1: string;
}

export function parseCellRef(ref: string): CellRef {
  const m = /^(?:'((?:[^']|'')+)'|(.+))!([A-Za-z]{1,3}\d+(?::[A-Za-z]{1,3}\d+)?)$/.exec(ref.trim());
  if (!m) throw new Error(`Invalid cell reference "${ref}": use SHEET!A1, e.g. MAP!H12`);
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheetName, a1: m[3].toUpperCase() };
}

/** 'SHEET!A1=TEXT' (the CLI's --edit): the reference ends at the first '=' after a cell address. */
export function parseEditSpec(spec: string): CellRef & { text: string } {
  const m = /^(.+?![A-Za-z]{1,3}\d+)=([\s\S]*)$/.exec(spec);
  if (!m) throw new Error(`Invalid edit "${spec}": use 'SHEET!A1=TEXT'`);
  return { ...parseCellRef(m[1]), text: m[2] };
}
