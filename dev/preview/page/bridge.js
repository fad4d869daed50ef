/* global window, fetch */
// Injected into the sidebar's frame before its own script: google.script.run carried over HTTP to
// the emulator, the way Apps Script carries it to the server (JSON only, both ways).
(function () {
  function runner(success, failure) {
    return new Proxy(
      {},
      {
        get: function (_target, name) {
          if (name === 'withSuccessHandler')
            return function (fn) {
              return runner(fn, failure);
            };
          if (name === 'withFailureHandler')
            return function (fn) {
              return runner(success, fn);
            };
          if (name === 'withUserObject')
            return function () {
              return runner(success, failure);
            };
          return function () {
            var args = Array.prototype.slice.call(arguments);
            fetch('/api/run', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ name: name, args: args }),
            })
              .then(function (response) {
                return response.json();
              })
              .then(function (result) {
                window.parent.postMessage({ type: 'map-preview:changed' }, '*');
                if (result.ok) {
                  if (success) success(result.value);
                  return;
                }
                var error = new Error(result.error ? result.error.message : 'Unknown error');
                error.name = result.error ? result.error.name : 'Error';
                if (failure) failure(error);
              })
              .catch(function (error) {
                if (failure) failure(error);
              });
          };
        },
      },
    );
  }
  window.google = {
    script: {
      run: runner(null, null),
      host: {
        close: function () {
          window.parent.postMessage({ type: 'map-preview:close-sidebar' }, '*');
        },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} },
      },
    },
  };
})();
