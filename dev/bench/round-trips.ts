// Which counted service calls leave the script. A builder (newConditionalFormatRule()...build(),
// newDataValidation()...), a Range's own coordinates or an object already fetched whole (a rule's
// condition, a trigger's handler) are answered in the script; a read or write of the document,
// of properties, a lock, a trigger, mail or the user's screen is a round trip to Google. Every
// Service.method the emulator counts is classified here once (round-trips.test.ts checks it).

export const CALL_KINDS = [
  'local',
  'read',
  'write',
  'structure',
  'lock',
  'trigger',
  'mail',
  'ui',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** Per service, its methods by kind, as space-separated names. */
const TABLE: Record<string, Partial<Record<CallKind, string>>> = {
  SpreadsheetApp: {
    local:
      'getActive getActiveSpreadsheet getUi newConditionalFormatRule newDataValidation newTextStyle',
    read: 'getActiveSheet getActiveRange openById',
    write: 'flush',
  },
  Spreadsheet: {
    local: 'getId getUrl getRange',
    read: 'getName getSpreadsheetTimeZone getSpreadsheetLocale getOwner getEditors getSheets getNumSheets getSheetByName getSheetById getActiveSheet getActiveRange',
    write: 'rename setSpreadsheetTimeZone setActiveSheet setActiveRange setActiveSelection',
    structure: 'insertSheet deleteSheet',
    ui: 'toast',
  },
  Sheet: {
    local: 'getSheetId getParent getRange newChart',
    read: 'getName getSheetName getIndex getMaxRows getMaxColumns getLastRow getLastColumn getDataRange getActiveRange getFrozenRows getFrozenColumns getColumnWidth isColumnHiddenByUser getTabColor isSheetHidden getConditionalFormatRules getProtections getCharts',
    write:
      'setName activate setActiveRange setActiveSelection appendRow setFrozenRows setFrozenColumns setColumnWidth setColumnWidths hideColumns showColumns hideColumn setTabColor hideSheet showSheet clear clearContents clearFormats sort setConditionalFormatRules clearConditionalFormatRules protect insertChart updateChart removeChart',
    structure:
      'insertRowsAfter insertRowAfter insertRowsBefore insertRowBefore insertRows deleteRows deleteRow insertColumnsAfter insertColumnAfter insertColumnsBefore insertColumnBefore insertColumns deleteColumns deleteColumn moveColumns',
  },
  Range: {
    local:
      'getRow getRowIndex getColumn getNumRows getNumColumns getHeight getWidth getLastRow getLastColumn getA1Notation getGridId getSheet getCell offset',
    read: 'getValues getValue getDisplayValues getDisplayValue getFormulas getFormula isBlank getNumberFormat getNumberFormats getBackground getBackgrounds getFontColor getFontColors getFontWeight getFontWeights getFontStyle getFontStyles getFontLine getFontLines getFontSize getFontFamily getWrap getWrapStrategy getHorizontalAlignment getVerticalAlignment getNote getNotes getDataValidation getDataValidations isChecked isPartOfMerge getMergedRanges getTextStyle getTextStyles',
    write:
      'activate setValues setValue setFormulas setFormula clearContent clear clearFormat setNumberFormat setNumberFormats setBackground setBackgrounds setFontColor setFontColors setFontWeight setFontWeights setFontStyle setFontStyles setFontLine setFontLines setTextStyle setTextStyles setFontSize setFontSizes setFontFamily setWrap setWraps setWrapStrategy setHorizontalAlignment setVerticalAlignment setNote setNotes clearNote setDataValidation setDataValidations clearDataValidations insertCheckboxes removeCheckboxes check uncheck protect merge breakApart sort',
  },
  ConditionalFormatRule: { local: 'getRanges getBooleanCondition getGradientCondition copy' },
  BooleanCondition: {
    local:
      'getCriteriaType getCriteriaValues getBackground getFontColor getBold getItalic getStrikethrough getUnderline',
  },
  ConditionalFormatRuleBuilder: {
    local:
      'whenFormulaSatisfied whenCellEmpty whenCellNotEmpty whenTextEqualTo whenTextDoesNotContain whenTextContains whenTextStartsWith whenTextEndsWith whenNumberLessThan whenNumberLessThanOrEqualTo whenNumberGreaterThan whenNumberGreaterThanOrEqualTo whenNumberEqualTo whenNumberNotEqualTo whenNumberBetween whenNumberNotBetween whenDateBefore whenDateAfter whenDateEqualTo setBackground setFontColor setBold setItalic setStrikethrough setUnderline setRanges getRanges getBooleanCondition copy build',
  },
  TextStyle: {
    local:
      'isBold isItalic isUnderline isStrikethrough getForegroundColor getFontFamily getFontSize copy',
  },
  TextStyleBuilder: {
    local:
      'setBold setItalic setUnderline setStrikethrough setForegroundColor setFontFamily setFontSize build',
  },
  DataValidation: { local: 'getCriteriaType getCriteriaValues getAllowInvalid getHelpText copy' },
  DataValidationBuilder: {
    local:
      'requireValueInList requireValueInRange requireCheckbox requireDate requireDateAfter requireDateBefore requireDateOnOrAfter requireDateOnOrBefore requireDateEqualTo requireDateBetween requireDateNotBetween requireNumberBetween requireNumberNotBetween requireNumberEqualTo requireNumberNotEqualTo requireNumberGreaterThan requireNumberGreaterThanOrEqualTo requireNumberLessThan requireNumberLessThanOrEqualTo requireTextIsEmail requireTextIsUrl requireTextContains requireTextDoesNotContain requireTextEqualTo requireFormulaSatisfied setAllowInvalid setHelpText getCriteriaType getCriteriaValues getAllowInvalid getHelpText copy build',
  },
  Protection: {
    local: 'getProtectionType getRange getDescription isWarningOnly',
    read: 'canEdit canDomainEdit getEditors getUnprotectedRanges',
    write:
      'setRange setDescription setWarningOnly setDomainEdit addEditor addEditors removeEditor removeEditors setUnprotectedRanges remove',
  },
  EmbeddedChart: {
    local:
      'getChartId getId getContainerInfo getHiddenDimensionStrategy getMergeStrategy getNumHeaders getOptions getRanges getTransposeRowsAndColumns modify',
  },
  EmbeddedChartBuilder: {
    local:
      'addRange removeRange clearRanges getRanges setChartType getChartType setOption setPosition getContainer setNumHeaders setTransposeRowsAndColumns setHiddenDimensionStrategy setMergeStrategy build',
  },
  ChartOptions: { local: 'get' },
  ContainerInfo: { local: 'getAnchorRow getAnchorColumn getOffsetX getOffsetY' },
  Charts: {},
  PropertiesService: { local: 'getScriptProperties getUserProperties getDocumentProperties' },
  Properties: {
    read: 'getProperty getProperties getKeys',
    write: 'setProperty setProperties deleteProperty deleteAllProperties',
  },
  LockService: { local: 'getDocumentLock getScriptLock getUserLock' },
  Lock: { local: 'hasLock', lock: 'tryLock waitLock releaseLock' },
  ScriptApp: {
    local: 'newTrigger getScriptId getOAuthToken',
    read: 'getAuthorizationInfo',
    trigger: 'getProjectTriggers getUserTriggers deleteTrigger',
  },
  TriggerBuilder: { local: 'timeBased forSpreadsheet' },
  ClockTriggerBuilder: {
    local:
      'everyMinutes everyHours everyDays everyWeeks onWeekDay onMonthDay atHour nearMinute inTimezone at after atDate',
    trigger: 'create',
  },
  SpreadsheetTriggerBuilder: { local: 'onEdit onOpen onChange onFormSubmit', trigger: 'create' },
  Trigger: {
    local: 'getUniqueId getHandlerFunction getEventType getTriggerSource getTriggerSourceId',
  },
  AuthorizationInfo: { local: 'getAuthorizationStatus getAuthorizationUrl getAuthorizedScopes' },
  MailApp: { mail: 'getRemainingDailyQuota sendEmail' },
  Session: {
    local: 'getActiveUser getEffectiveUser getScriptTimeZone getActiveUserLocale',
    read: 'getTemporaryActiveUserKey',
  },
  User: { local: 'getEmail getUserLoginId toString' },
  Ui: {
    local: 'createAddonMenu createMenu',
    ui: 'showSidebar showModalDialog showModelessDialog alert prompt',
  },
  Menu: { local: 'addItem addSeparator addSubMenu', ui: 'addToUi' },
  PromptResponse: { local: 'getResponseText getSelectedButton' },
  HtmlService: { local: 'createHtmlOutput createHtmlOutputFromFile getUserAgent' },
  HtmlOutput: {
    local:
      'getContent setContent append appendUntrusted clear getTitle setTitle getWidth setWidth getHeight setHeight getFaviconUrl setFaviconUrl setSandboxMode setXFrameOptionsMode addMetaTag snapshot',
  },
  Logger: { local: 'log getLog clear' },
  Utilities: {
    local:
      'formatDate formatString getUuid sleep computeDigest base64Encode base64EncodeWebSafe base64Decode base64DecodeWebSafe newBlob',
  },
  Blob: {
    local:
      'getBytes getDataAsString getContentType setContentType getName setName setDataFromString copyBlob isGoogleType',
  },
};

/** Every classified 'Service.method' with its kind; a name listed twice throws at load. */
export const CALL_KIND: ReadonlyMap<string, CallKind> = (() => {
  const map = new Map<string, CallKind>();
  for (const [service, kinds] of Object.entries(TABLE)) {
    for (const kind of CALL_KINDS) {
      for (const method of (kinds[kind] ?? '').split(/\s+/).filter(Boolean)) {
        const key = `${service}.${method}`;
        if (map.has(key)) throw new Error(`${key} is classified twice`);
        map.set(key, kind);
      }
    }
  }
  return map;
})();

/** The kind of a counted 'Service.method'; an unclassified one counts as a round trip. */
export function callKind(key: string): CallKind | 'unclassified' {
  return CALL_KIND.get(key) ?? 'unclassified';
}

/** Round trips among counted calls: every call but the local ones. */
export function roundTrips(calls: Readonly<Record<string, number>>): number {
  let trips = 0;
  for (const [key, count] of Object.entries(calls)) if (callKind(key) !== 'local') trips += count;
  return trips;
}

/** Round trips by kind, for the report ('read 5, write 3'). */
export function roundTripsByKind(calls: Readonly<Record<string, number>>): string {
  const by = new Map<string, number>();
  for (const [key, count] of Object.entries(calls)) {
    const kind = callKind(key);
    if (kind !== 'local') by.set(kind, (by.get(kind) ?? 0) + count);
  }
  return [...by.entries()].map(([kind, count]) => `${kind} ${count}`).join(', ');
}
