/* global window, fetch, setTimeout */
// Injected into the sidebar's frame before its own script: google.script.run carried over HTTP to
// the emulator, the way Apps Script carries it to the server (JSON only, both ways, and always
// asynchronous, so a sidebar that relies on a synchronous answer fails here as it would there).
(function () {
  function fail(handler, message, name, userObject) {
    var error = new Error(message);
    error.name = name || 'ScriptError';
    if (handler) handler(error, userObject);
  }
  function call(name, args, success, failure, userObject) {
    var body;
    try {
      body = JSON.stringify({ name: name, args: args });
    } catch (error) {
      setTimeout(function () {
        fail(failure, 'Invalid argument: ' + error, 'ScriptError', userObject);
      });
      return;
    }
    fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body,
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        // The page redraws the sheet: a sidebar call may have changed it (create, select a row).
        window.parent.postMessage({ type: 'map-preview:changed' }, window.location.origin);
        var outcome = answer && answer.result;
        if (!outcome) return fail(failure, answer.error || 'No answer', 'ScriptError', userObject);
        if (!outcome.ok) {
          var e = outcome.error || {};
          return fail(failure, e.message || 'Unknown error', e.name, userObject);
        }
        // Apps Script turns undefined into null, and carries nothing JSON cannot.
        var value = outcome.value === undefined ? null : outcome.value;
        if (success) success(value, userObject);
      })
      .catch(function (error) {
        fail(failure, 'The preview server did not answer: ' + error, 'NetworkError', userObject);
      });
  }
  function runner(success, failure, userObject) {
    return new Proxy(
      {},
      {
        get: function (_target, name) {
          if (name === 'withSuccessHandler')
            return function (fn) {
              return runner(fn, failure, userObject);
            };
          if (name === 'withFailureHandler')
            return function (fn) {
              return runner(success, fn, userObject);
            };
          if (name === 'withUserObject')
            return function (object) {
              return runner(success, failure, object);
            };
          // Not a thenable, and nothing a library probing with symbols could mistake for a call.
          if (typeof name !== 'string' || name === 'then') return undefined;
          return function () {
            call(name, Array.prototype.slice.call(arguments), success, failure, userObject);
          };
        },
      },
    );
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: window.location.origin,
        close: function () {
          window.parent.postMessage({ type: 'map-preview:close-sidebar' }, window.location.origin);
        },
        setHeight: function () {},
        setWidth: function () {},
        editor: {
          focus: function () {
            window.parent.postMessage({ type: 'map-preview:focus-editor' }, window.location.origin);
          },
        },
      },
    },
  };
})();
