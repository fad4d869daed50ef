// Values a prospect (or a pasted spreadsheet) could put in any cell, for suites that push sheet
// text through an output: markup and script injection, header injection, invisible and
// direction-changing characters, formula-looking text, hostile URLs and sheer length.
// Each entry is a plain string so a failure message shows exactly which one broke.

const LONG_WORD = 'A'.repeat(10_000);
const LONG_WORDS = 'lorem ipsum '.repeat(900);
const LONG_RTL = '\u05e9\u05dc\u05d5\u05dd '.repeat(2_500);
const LONG_EMOJI = '\u{1f469}\u200d\u{1f4bb}'.repeat(3_000);

export const HOSTILE_STRINGS: readonly string[] = [
  // Markup and script injection
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<!-- comment --> after comment',
  '<![CDATA[ <b>x</b> ]]>',
  '</td></tr></table><h1>Broken layout</h1>',
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
  '<form action=https://evil.example><input name=p type=password></form>',
  '&lt;script&gt;already escaped&lt;/script&gt;',
  '&amp; &#x3C; &#60; &nbsp; &quot;',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  // Header and line injection
  'Security review\r\nBcc: victim@evil.example',
  'Subject line\nX-Injected: yes',
  'line1\rline2',
  '\r\n\r\n<html>second part</html>',
  'tab\tseparated\tvalue',
  'form\ffeed and vertical\vtab',
  'next line\u0085and line separator\u2028and paragraph\u2029end',
  // Control characters
  'nul\u0000byte',
  'bell\u0007 and escape \u001b[31mred\u001b[0m',
  'backspace\u0008\u0008\u0008hidden',
  'delete\u007f and C1 \u0080\u009f controls',
  'lone surrogate \ud800 here',
  'reversed lone surrogate \udc00 here',
  // Direction and invisible characters
  'RTL override \u202egnp.exe\u202c done',
  '\u202eevil.example/\u202d',
  '\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd 2024-12-10',
  '\u0645\u0631\u062d\u0628\u0627 (\u0628\u0627\u0644\u0639\u0627\u0644\u0645) 10 > 9',
  'left\u2066isolate\u2067right\u2068first\u2069 popped',
  'zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffjoiner',
  '\u200b\u200b\u200b',
  'soft\u00adhyphen and combining e\u0301\u0301\u0301\u0301',
  // Emoji and other scripts
  '\u{1f680} Launch \u{1f468}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466} \u{1f3f3}\ufe0f\u200d\u{1f308}',
  '\u65e5\u672c\u8a9e\u306e\u30b9\u30c6\u30c3\u30d7 \u2014 \u4e2d\u6587 \u2014 \ud55c\uad6d\uc5b4',
  'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e\u0320\u034da\u0357\u0350\u036f\u0312l\u0357\u0350\u036fgo',
  // Formula-looking text
  '=HYPERLINK("https://evil.example","Click me")',
  '=IMPORTXML("https://evil.example","//a")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  // Quotes and URLs
  'He said "yes" and she said \'no\'',
  '`backticks` and \\backslashes\\',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://evil.example/"onmouseover="alert(1)',
  "https://evil.example/'><script>alert(1)</script>",
  '//evil.example/path',
  'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&x=<b>',
  // Emptiness and length
  '',
  '   ',
  LONG_WORD,
  LONG_WORDS,
  LONG_RTL,
  LONG_EMOJI,
];
