/// The JavaScript that runs the WebAssembly module: shared by the page
/// (``PageDocument``) and the embedding file `orgadvisor.js` (``PageScript/embedding``).
/// It only moves bytes in and out of the module: every score, status, question and text
/// comes from the Swift engine compiled to WebAssembly.
extension PageScript {
    /// Defines `OrgAdvisorEngine`: `create(moduleBytes, archiveBytes)` instantiates the
    /// module (gzip or plain), loads the rule archive and gives the calls, each returning
    /// the module's text (or throwing an `Error` with its message).
    static let engine = #"""
        const OrgAdvisorEngine = (() => {
          "use strict";
          const encoder = new TextEncoder();
          const decoder = new TextDecoder();
          /** Bytes of a Base64 text (white space ignored). */
          function fromBase64(text) {
            const binary = atob(text.replace(/\s+/g, ""));
            const bytes = new Uint8Array(binary.length);
            for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
            return bytes;
          }
          /** The bytes, gunzipped when they start as gzip does. */
          async function unzipped(bytes) {
            if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
            const stream = new Blob([bytes]).stream()
              .pipeThrough(new DecompressionStream("gzip"));
            return new Uint8Array(await new Response(stream).arrayBuffer());
          }
          async function create(moduleBytes, archiveBytes) {
            const { instance } = await WebAssembly.instantiate(await unzipped(moduleBytes), {});
            const x = instance.exports;
            function put(bytes) {
              const pointer = x.orgadvisor_alloc(bytes.length);
              if (!pointer) throw new Error("orgadvisor: no memory left");
              new Uint8Array(x.memory.buffer, pointer, bytes.length).set(bytes);
              return pointer;
            }
            function take(block) {
              if (!block) throw new Error("orgadvisor: no memory left");
              const view = new DataView(x.memory.buffer, block, 8);
              const status = view.getUint32(0, true);
              const length = view.getUint32(4, true);
              const text = decoder.decode(new Uint8Array(x.memory.buffer, block + 8, length));
              x.orgadvisor_free(block);
              if (status !== 0) throw new Error(text);
              return text;
            }
            /** Calls an export with byte inputs (pointer and length each), then numbers. */
            function call(name, inputs, ...numbers) {
              const pointers = [];
              try {
                const args = [];
                for (const bytes of inputs) {
                  pointers.push(put(bytes));
                  args.push(pointers[pointers.length - 1], bytes.length);
                }
                return take(x[name](...args, ...numbers));
              } finally {
                for (const pointer of pointers) x.orgadvisor_free(pointer);
              }
            }
            const profile = (p) => encoder.encode(typeof p === "string" ? p : JSON.stringify(p));
            const code = (lang) => (lang === "fr" ? 1 : 0);
            const catalog = JSON.parse(call("orgadvisor_load", [await unzipped(archiveBytes)]));
            return {
              catalog,
              evaluate: (p, lang) => call("orgadvisor_evaluate", [profile(p)], code(lang)),
              whatIf: (p) => call("orgadvisor_whatif", [profile(p)]),
              nextQuestion: (p, excluding, lang) => call("orgadvisor_next_question",
                [profile(p), encoder.encode((excluding || []).join(","))], code(lang)),
              report: (p, lang) => call("orgadvisor_report", [profile(p)], code(lang)),
              heapBytes: () => x.orgadvisor_heap_bytes(),
              liveBytes: () => x.orgadvisor_live_bytes(),
              memoryBytes: () => x.memory.buffer.byteLength,
            };
          }
          /** The public API over an engine's promise (see orgadvisor.js for its use). */
          function api(ready, defaultLanguage) {
            const lang = (options) => (options && options.lang) || defaultLanguage();
            const after = (f) => ready.then(f);
            return {
              ready: ready.then(() => undefined),
              score: (p, o) => after((e) => JSON.parse(e.evaluate(p, lang(o)))),
              evaluate: (p, o) => after((e) => e.evaluate(p, lang(o))),
              whatIf: (p) => after((e) => JSON.parse(e.whatIf(p))),
              nextQuestion: (p, o) => after((e) =>
                JSON.parse(e.nextQuestion(p, o && o.excluding, lang(o))).nextQuestion),
              report: (p, o) => after((e) => e.report(p, lang(o))),
              catalog: () => after((e) => e.catalog),
              memory: () => after((e) =>
                ({ live: e.liveBytes(), heap: e.heapBytes(), memory: e.memoryBytes() })),
            };
          }
          return { create, api, fromBase64 };
        })();

        """#
}
