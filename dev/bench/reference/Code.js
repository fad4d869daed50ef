/* eslint-disable no-undef, @typescript-eslint/no-unused-vars -- Apps Script globals; functions are called by name. */
// The benchmark's reference: the same operations written the way a typical hand-made MAP script
// does them, a cell or a row at a time (getValue per cell, setValue per cell, appendRow per
// step, setBackground per row, one sendEmail per recipient). It works on the sheet our
// createPlan lays out (header on row 7, the columns below), hard-coded as such scripts are.
// Written for the benchmark; it is not meant to be good code.

var HEADER_ROW = 7;
var COL = {
  number: 1,
  phase: 2,
  step: 3,
  side: 4,
  owner: 5,
  ownerEmail: 6,
  target: 7,
  status: 8,
  doneOn: 9,
  baseline: 10,
  slip: 11,
  notes: 12,
};
var WIDTH = 12;
var DAY = 24 * 60 * 60 * 1000;

function planSheet() {
  var sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
  for (var i = 0; i < sheets.length; i++) {
    if (sheets[i].getName().indexOf('MAP') === 0) return sheets[i];
  }
  throw new Error('No MAP sheet');
}

function stakeholderSheet() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Stakeholders');
}

function startOfToday() {
  var now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

function readSteps(sheet) {
  var last = sheet.getLastRow();
  var steps = [];
  for (var r = HEADER_ROW + 1; r <= last; r++) {
    var step = sheet.getRange(r, COL.step).getValue();
    if (step === '') continue;
    steps.push({
      row: r,
      step: String(step),
      owner: String(sheet.getRange(r, COL.owner).getValue()),
      ownerEmail: String(sheet.getRange(r, COL.ownerEmail).getValue()),
      target: sheet.getRange(r, COL.target).getValue(),
      status: String(sheet.getRange(r, COL.status).getValue()),
    });
  }
  return steps;
}

function readPeople() {
  var sheet = stakeholderSheet();
  var last = sheet.getLastRow();
  var people = [];
  for (var r = 2; r <= last; r++) {
    var email = sheet.getRange(r, 2).getValue();
    var weekly = sheet.getRange(r, 5).getValue();
    if (!email || weekly !== true) continue;
    people.push({ row: r, name: String(sheet.getRange(r, 1).getValue()), email: String(email) });
  }
  return people;
}

function classify(steps) {
  var today = startOfToday();
  var out = { total: steps.length, done: 0, late: [], dueSoon: [], uncommitted: [], next: [] };
  steps.forEach(function (s) {
    var closed = s.status === 'Done' || s.status === 'Skipped';
    if (s.status === 'Done') out.done++;
    var date = s.target instanceof Date ? s.target : null;
    if (!s.owner || !date) out.uncommitted.push({ row: s.row, step: s.step });
    if (closed || !date) return;
    if (date < today)
      out.late.push({ row: s.row, step: s.step, daysLate: Math.round((today - date) / DAY) });
    else if (date - today <= 7 * DAY) out.dueSoon.push({ row: s.row, step: s.step });
  });
  out.status = out.late.length === 0 ? 'On track' : out.late.length > 3 ? 'Stalled' : 'At risk';
  return out;
}

function getPlanStatus() {
  return classify(readSteps(planSheet()));
}

function refreshFormatting() {
  var sheet = planSheet();
  var today = startOfToday();
  var last = sheet.getLastRow();
  for (var r = HEADER_ROW + 1; r <= last; r++) {
    var status = sheet.getRange(r, COL.status).getValue();
    var date = sheet.getRange(r, COL.target).getValue();
    var color = '#ffffff';
    if (status === 'Done') color = '#d9ead3';
    else if (status === 'Blocked') color = '#fce5cd';
    else if (date instanceof Date && date < today) color = '#f4cccc';
    sheet.getRange(r, 1, 1, WIDTH).setBackground(color);
  }
}

function digestFor(person, status, steps) {
  var mine = steps.filter(function (s) {
    return s.ownerEmail === person.email && s.status !== 'Done';
  });
  var html = '<h2>Plan status: ' + status.status + '</h2><h3>Your open items</h3><ul>';
  mine.forEach(function (s) {
    html += '<li>' + s.step + '</li>';
  });
  html += '</ul><h3>Behind schedule</h3><ul>';
  status.late.forEach(function (s) {
    html += '<li>' + s.step + ' (' + s.daysLate + ' days late)</li>';
  });
  html += '</ul>';
  return {
    to: person.email,
    subject: 'Weekly update: ' + status.status,
    htmlBody: html,
    body: html.replace(/<[^>]+>/g, ' '),
  };
}

function buildDigests() {
  var steps = readSteps(planSheet());
  var status = classify(steps);
  return readPeople().map(function (p) {
    return digestFor(p, status, steps);
  });
}

function previewWeeklyDigest() {
  return buildDigests();
}

function weeklyDigestTick() {
  var props = PropertiesService.getDocumentProperties();
  var week = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "YYYY-'W'ww");
  if (props.getProperty('lastSentWeek') === week) return;
  if (props.getProperty('digestEnabled') === 'false') return;
  buildDigests().forEach(function (d) {
    MailApp.sendEmail(d.to, d.subject, d.body, { htmlBody: d.htmlBody });
  });
  props.setProperty('lastSentWeek', week);
}

function onPlanEdit(e) {
  var range = e.range;
  var sheet = range.getSheet();
  if (sheet.getName().indexOf('MAP') !== 0) return;
  var row = range.getRow();
  var col = range.getColumn();
  if (row <= HEADER_ROW) return;
  if (col === COL.status) {
    var done = sheet.getRange(row, COL.doneOn);
    if (range.getValue() === 'Done') {
      if (done.getValue() === '') done.setValue(new Date());
    } else {
      done.clearContent();
    }
  }
  if (col === COL.target) {
    var baseline = sheet.getRange(row, COL.baseline);
    if (baseline.getValue() === '') baseline.setValue(range.getValue());
    var slip = Math.round((range.getValue() - baseline.getValue()) / DAY);
    sheet.getRange(row, COL.slip).setValue(slip);
  }
}

// The sidebar of such a script loads with one call per panel.
function getDigestSettings() {
  var props = PropertiesService.getDocumentProperties();
  return {
    enabled: props.getProperty('digestEnabled') !== 'false',
    weekday: props.getProperty('digestWeekday') || 'MONDAY',
    hour: Number(props.getProperty('digestHour') || 9),
    lastSent: props.getProperty('lastSentWeek'),
  };
}

function getRecipients() {
  return readPeople();
}

function getTemplates() {
  return [{ id: 'enterprise', name: 'Enterprise' }];
}

function createPlan(options, steps) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.insertSheet('MAP – ' + options.customer);
  sheet.getRange(1, 1).setValue('Mutual Action Plan: ' + options.customer + ' × ' + options.vendor);
  sheet.getRange(1, 1).setFontWeight('bold');
  var fields = [
    ['Customer', options.customer],
    ['Vendor', options.vendor],
    ['Plan owner', Session.getEffectiveUser().getEmail()],
    ['Goal / compelling event', options.goal || ''],
  ];
  for (var i = 0; i < fields.length; i++) {
    sheet.getRange(2 + i, 2).setValue(fields[i][0]);
    sheet.getRange(2 + i, 3).setValue(fields[i][1]);
    sheet.getRange(2 + i, 2).setFontWeight('bold');
  }
  sheet.getRange(2, 5).setValue('Target signature');
  sheet.getRange(2, 6).setValue(options.signatureDate);
  var headers = [
    '#',
    'Phase',
    'Step',
    'Side',
    'Owner',
    'Owner email',
    'Target date',
    'Status',
    'Done on',
    'Baseline date',
    'Slip (days)',
    'Notes',
  ];
  for (var c = 0; c < headers.length; c++) {
    sheet.getRange(HEADER_ROW, c + 1).setValue(headers[c]);
    sheet.getRange(HEADER_ROW, c + 1).setFontWeight('bold');
  }
  var statusRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Not started', 'In progress', 'Blocked', 'Done', 'Skipped'])
    .build();
  var sideRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Vendor', 'Prospect', 'Joint'])
    .build();
  steps.forEach(function (s, n) {
    sheet.appendRow([
      n + 1,
      s.phase,
      s.step,
      s.side,
      '',
      '',
      s.targetDate,
      'Not started',
      '',
      s.targetDate,
      0,
      '',
    ]);
    var row = sheet.getLastRow();
    sheet.getRange(row, COL.status).setDataValidation(statusRule);
    sheet.getRange(row, COL.side).setDataValidation(sideRule);
    sheet.getRange(row, COL.target).setNumberFormat('d mmm yyyy');
    sheet.getRange(row, COL.baseline).setNumberFormat('d mmm yyyy');
  });
  var people = ss.insertSheet('Stakeholders');
  people.appendRow(['Name', 'Email', 'Side', 'Role', 'Weekly email']);
  (options.sellers || []).forEach(function (s) {
    people.appendRow([s.name, s.email, 'Vendor', 'AE', true]);
  });
  [
    'Economic buyer',
    'Champion',
    'Technical evaluator',
    'Security',
    'Legal',
    'Procurement',
    'Executive sponsor',
  ].forEach(function (role) {
    people.appendRow(['', '', 'Prospect', role, false]);
  });
  ScriptApp.newTrigger('onPlanEdit').forSpreadsheet(ss).onEdit().create();
  return { sheetName: sheet.getName(), stepCount: steps.length };
}
