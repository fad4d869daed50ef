// Runs in the page before the sidebar's own script: a google.script.run with the real one's
// shape (chained withSuccessHandler / withFailureHandler / withUserObject, any function name,
// asynchronous, JSON only) that hands each call to Node through the exposed __mapServerCall.
// Kept as source text, not a function, so no compiler or coverage tool can rewrite it into
// something that does not run in a browser.
export const BRIDGE_SCRIPT = String.raw`
(function () {
  var bridge = window.__mapServerCall;
  function fail(handler, message, userObject) {
    var error = new Error(message);
    error.name = 'ScriptError';
    if (handler) handler(error, userObject);
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, prop) {
        if (prop === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (prop === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (prop === 'withUserObject') return function (o) { return runner(success, failure, o); };
        // Not a thenable, and no symbol a library may probe for.
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return function () {
          var json;
          try {
            json = JSON.stringify(Array.prototype.slice.call(arguments));
          } catch (error) {
            setTimeout(function () { fail(failure, 'Invalid argument: ' + error, userObject); });
            return;
          }
          bridge(prop, json).then(function (reply) {
            if (!reply.ok) return fail(failure, reply.message, userObject);
            if (success) success(reply.json === null ? undefined : JSON.parse(reply.json), userObject);
          }, function (error) {
            fail(failure, String(error), userObject);
          });
        };
      }
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: 'https://docs.google.com',
        close: function () {},
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} }
      }
    }
  };
})();
`;
