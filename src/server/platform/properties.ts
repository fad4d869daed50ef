// JSON values in the document's properties: shared by every user of the add-on in this file,
// strings of at most 9 KB each (DESIGN §5), so callers keep what they store small. Callers hold
// one Properties object per execution: each getDocumentProperties() is a service call.
type Properties = GoogleAppsScript.Properties.Properties;

export function documentProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

/** The parsed value under `key`, or null when absent, unreadable or rejected by `accept`. */
export function readJson<T>(
  props: Properties,
  key: string,
  accept: (value: unknown) => value is T,
): T | null {
  return parseStored(props.getProperty(key), accept);
}

export function writeJson(props: Properties, key: string, value: unknown): void {
  props.setProperty(key, JSON.stringify(value));
}

/** A damaged value counts as absent: what is stored here can always be found again. */
export function parseStored<T>(
  text: string | null | undefined,
  accept: (value: unknown) => value is T,
): T | null {
  if (text == null || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}
