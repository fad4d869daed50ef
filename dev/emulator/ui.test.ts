// https://developers.google.com/apps-script/reference/base/ui
// https://developers.google.com/apps-script/reference/base/menu
// https://developers.google.com/apps-script/reference/html/html-service
import { HtmlService } from './html-service';
import { Ui, UiRecorder } from './ui';

function setup() {
  const recorder = new UiRecorder();
  const ui = new Ui(recorder, { activeUser: () => 'owner@vendor.example' });
  const html = new HtmlService((name) => (name === 'Sidebar' ? '<p>hi</p>' : undefined));
  return { recorder, ui, html };
}

describe('Ui', () => {
  it('records the add-on menu with items, separators and submenus; addToUi replaces', () => {
    const { recorder, ui } = setup();
    const sub = ui.createMenu('More').addItem('Refresh', 'refreshFormatting');
    ui.createAddonMenu()
      .addItem('Open sidebar', 'showSidebar')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    expect(recorder.state.menus).toEqual([
      {
        caption: null,
        items: [
          { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { type: 'separator' },
          {
            type: 'submenu',
            caption: 'More',
            items: [{ type: 'item', caption: 'Refresh', functionName: 'refreshFormatting' }],
          },
        ],
      },
    ]);
    ui.createAddonMenu().addItem('Only', 'only').addToUi();
    expect(recorder.state.menus).toHaveLength(1);
    expect(recorder.state.menus[0].items).toHaveLength(1);
  });

  it('shows a sidebar 300 px wide with its title and content', () => {
    const { recorder, ui, html } = setup();
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Plan').setWidth(500));
    expect(recorder.state.sidebar).toMatchObject({
      title: 'Plan',
      width: 300,
      content: '<p>hi</p>',
    });
    ui.showModalDialog(html.createHtmlOutput('<i>x</i>').setWidth(400).setHeight(200), 'Dialog');
    expect(recorder.state.dialogs[0]).toMatchObject({
      title: 'Dialog',
      modal: true,
      width: 400,
      height: 200,
    });
  });

  it('answers alerts and prompts from the queue, else with the first button', () => {
    const { recorder, ui } = setup();
    expect(ui.alert('Plain')).toBe('OK');
    recorder.answer({ button: 'NO' });
    expect(ui.alert('Title', 'Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    recorder.answer({ button: 'OK', text: 'Acme' });
    const response = ui.prompt('Customer?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('Acme');
    expect(response.getSelectedButton()).toBe('OK');
    recorder.answer({ button: 'YES' });
    expect(() => ui.alert('x', ui.ButtonSet.OK)).toThrow(/not a button/);
    expect(recorder.state.alerts.map((a) => a.answer)).toEqual(['OK', 'NO', 'OK']);
  });
});

describe('HtmlService', () => {
  it('reads files beside the bundle, with or without .html', () => {
    const { html } = setup();
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>hi</p>');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('builds outputs: append, appendUntrusted escapes, title, size', () => {
    const { html } = setup();
    const out = html.createHtmlOutput('<b>a</b>').append('<i>b</i>').appendUntrusted('<script>');
    expect(out.getContent()).toBe('<b>a</b><i>b</i>&lt;script&gt;');
    expect(out.setTitle('T').getTitle()).toBe('T');
    expect(out.setHeight(120).getHeight()).toBe(120);
  });
});
