/**
 * The LubanSim JavaScript API (docs/simulation-api.md), served at /sim-api/v1/luban-sim.js for
 * packages to include. It runs inside the sandboxed frame and only talks to its parent window
 * by postMessage, with the launch credential it reads from its own URL; the launcher checks the
 * message's origin ('null'), source window and credential before relaying it to the API.
 */
export const lubanSimScript = `/* LubanSim v1 — https://luban.local/docs/simulation-api.md */
(function () {
  'use strict';
  var match = /\\/sim-content\\/([A-Za-z0-9_-]{43})\\//.exec(window.location.pathname);
  var token = match ? match[1] : null;
  var sequence = 0;
  var pending = {};
  var TIMEOUT_MS = 15000;

  function call(kind, data) {
    return new Promise(function (resolve, reject) {
      if (!token || window.parent === window) {
        reject(new Error('LubanSim: this page was not launched by Luban'));
        return;
      }
      sequence += 1;
      var id = sequence;
      pending[id] = { resolve: resolve, reject: reject };
      window.parent.postMessage({ type: 'luban-sim', version: 1, token: token, id: id, kind: kind, data: data || {} }, '*');
      setTimeout(function () {
        if (!pending[id]) return;
        delete pending[id];
        reject(new Error('LubanSim: no answer from the launcher'));
      }, TIMEOUT_MS);
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var message = event.data;
    if (!message || message.type !== 'luban-sim-reply' || message.token !== token || !pending[message.id]) return;
    var waiting = pending[message.id];
    delete pending[message.id];
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error || 'LubanSim: refused'));
  });

  function number(value, name) {
    if (typeof value !== 'number' || !isFinite(value)) throw new TypeError('LubanSim: ' + name + ' must be a finite number');
    return value;
  }

  window.LubanSim = Object.freeze({
    version: 1,
    isLaunched: function () { return token !== null && window.parent !== window; },
    start: function () { return call('start'); },
    progress: function (fraction) {
      var value = number(fraction, 'fraction');
      if (value < 0 || value > 1) return Promise.reject(new RangeError('LubanSim: fraction must be between 0 and 1'));
      return call('progress', { fraction: value });
    },
    score: function (score) {
      if (!score || typeof score !== 'object') return Promise.reject(new TypeError('LubanSim: score needs { raw, min, max }'));
      var min = score.min === undefined ? 0 : number(score.min, 'min');
      var max = score.max === undefined ? 100 : number(score.max, 'max');
      return call('score', { raw: number(score.raw, 'raw'), min: min, max: max });
    },
    complete: function (options) {
      var success = options && typeof options.success === 'boolean' ? options.success : undefined;
      return call('complete', success === undefined ? {} : { success: success });
    },
    xapi: function () { return call('xapi'); }
  });
})();
`;
