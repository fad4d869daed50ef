// Whether this execution has its spreadsheet as context. Google does not promise an add-on's
// clock trigger one: without it the active spreadsheet, the document's properties and its lock
// are all null, and nothing that belongs to the file can be read or locked.

export function hasDocumentContext(): boolean {
  return (
    SpreadsheetApp.getActiveSpreadsheet() != null &&
    PropertiesService.getDocumentProperties() != null &&
    LockService.getDocumentLock() != null
  );
}
