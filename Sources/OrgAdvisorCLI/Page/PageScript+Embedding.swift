extension PageScript {
    /// `orgadvisor.js`, written by `orgadvisor page --assets DIR` with the module and the
    /// rule archive: the engine (``engine``), the API and the result cards.
    static var embedding: String { embeddingHeader + engine + embeddingAPI }

    private static let embeddingHeader = #"""
        /*
         * orgadvisor.js: the orgadvisor scorer in a course page, running the same engine as
         * the command line (compiled to WebAssembly). Written by `orgadvisor page --assets DIR`
         * beside orgadvisor.wasm and rules.orgarchive; include it with
         *
         *   <script src="orgadvisor.js"></script>
         *
         * (data-module="URL" and data-rules="URL" on that element name other files; by
         * default they are found beside the script). Then either call the API:
         *
         *   const result = await OrgAdvisor.score({ sites: 5, volume: "high" }, { lang: "fr" });
         *   result.status;        // "decided", "provisional", "tie" or "nothing-given"
         *   result.ranking[0];    // { position, form, label, score, min, max }
         *
         * score() gives the evaluation JSON of `orgadvisor --format json` (schema
         * orgadvisor.evaluation/2), parsed; evaluate() the same text, byte for byte;
         * whatIf(profile), nextQuestion(profile, { lang, excluding: [ids] }),
         * report(profile, { lang }) (the HTML of `orgadvisor report`'s page body) and
         * catalog() (criteria, values and forms with their colours) give the rest.
         * Every call returns a Promise; a profile the engine refuses rejects it with the
         * command line's message. Or place result cards:
         *
         *   <div data-orgadvisor data-profile='{"sites": 5, "volume": "high"}' data-lang="fr"></div>
         *
         * Served over http(s), or from a file in a browser that lets pages read files
         * (for a page that must work from a file, use `orgadvisor page` instead).
         */

        """#

    private static let embeddingAPI = #"""
        const OrgAdvisor = (() => {
          "use strict";
          const script = document.currentScript;
          const base = script && script.src ? script.src : location.href;
          const url = (name, fallback) =>
            new URL((script && script.getAttribute(name)) || fallback, base).href;
          function bytes(address) {
            if (!address.startsWith("file:")) {
              return fetch(address).then((response) => {
                if (!response.ok) throw new Error("orgadvisor: cannot load " + address);
                return response.arrayBuffer();
              }).then((buffer) => new Uint8Array(buffer));
            }
            return new Promise((resolve, reject) => {
              const request = new XMLHttpRequest();
              request.open("GET", address);
              request.responseType = "arraybuffer";
              request.onload = () => request.response
                ? resolve(new Uint8Array(request.response))
                : reject(new Error("orgadvisor: cannot load " + address));
              request.onerror = () => reject(new Error("orgadvisor: cannot load " + address));
              request.send();
            });
          }
          const ready = Promise.all([
            bytes(url("data-module", "orgadvisor.wasm")),
            bytes(url("data-rules", "rules.orgarchive")),
          ]).then(([module, rules]) => OrgAdvisorEngine.create(module, rules));
          const language = () => (document.documentElement.lang || "en").startsWith("fr") ? "fr" : "en";
          const api = OrgAdvisorEngine.api(ready, language);
          const words = {
            en: { decided: "Recommended", provisional: "Leading so far", tie: "Tie at the top",
              "nothing-given": "Nothing given yet", could: "Could still win", next: "Next question", colon: ": ",
              estimated: " (estimated)" },
            fr: { decided: "Recommandé", provisional: "En tête pour l’instant", tie: "Égalité en tête",
              "nothing-given": "Rien n’est encore donné", could: "Pourraient encore gagner",
              next: "Question suivante", colon: "\u00a0: ", estimated: " (estimé)" },
          };
          const style = ".orgadvisor-card{border:1px solid #d9dee4;border-radius:6px;padding:.8rem 1rem;"
            + "margin:1rem 0;font:15px/1.45 system-ui,sans-serif;color:#1d232a;max-width:36rem}"
            + ".orgadvisor-card h3{margin:0 0 .5rem;font-size:1.05rem}"
            + ".orgadvisor-card ol{list-style:none;margin:0;padding:0}"
            + ".orgadvisor-card li{display:grid;grid-template-columns:12rem 1fr 3rem;gap:.5rem;"
            + "align-items:center;margin:.15rem 0}"
            + ".orgadvisor-card .bar{height:.8rem;border-radius:2px}"
            + ".orgadvisor-card .score{text-align:right;font-variant-numeric:tabular-nums}"
            + ".orgadvisor-card p{margin:.4rem 0 0;color:#5d6773;font-size:.9rem}"
            + ".orgadvisor-card.error{border-color:#a4262c;color:#7a1c21}";
          function element(name, attributes, ...children) {
            const node = document.createElement(name);
            for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
            for (const child of children) node.append(child);
            return node;
          }
          /** A result card in `node` for its data-profile, in its data-lang. */
          async function card(node) {
            const lang = node.dataset.lang === "fr" || node.dataset.lang === "en"
              ? node.dataset.lang : language();
            const w = words[lang];
            try {
              const result = await api.score(node.dataset.profile || "{}", { lang });
              const catalog = await api.catalog();
              const colour = (id) => (catalog.forms.find((f) => f.id === id) || {}).color || "#777";
              const label = (id) => result.ranking.find((r) => r.form === id).label;
              const top = Math.max(1, ...result.ranking.map((r) => Math.abs(r.score)));
              const headline = result.status === "tie" || result.status === "nothing-given"
                ? w[result.status] : w[result.status] + ": " + label(result.winner);
              const rows = result.ranking.map((r) => element("li", { "data-form": r.form },
                element("span", {}, r.label),
                element("span", { class: "bar", style: "background:" + colour(r.form)
                  + ";width:" + (Math.max(0, r.score) / top * 100).toFixed(1) + "%" }),
                element("span", { class: "score" }, (r.score > 0 ? "+" : "") + r.score)));
              const parts = [element("h3", {}, headline), element("ol", {}, ...rows)];
              const others = result.possibleWinners.filter((f) => f !== result.winner);
              if (result.status !== "decided" && others.length) {
                parts.push(element("p", { class: "could" }, w.could + w.colon
                  + others.map(label).join(", ") + (result.possibleWinnersExact === false ? w.estimated : "")));
              }
              if (result.nextQuestion) {
                parts.push(element("p", { class: "next" }, w.next + w.colon
                  + result.nextQuestion.question));
              }
              node.replaceChildren(element("div", { class: "orgadvisor-card", lang,
                "data-status": result.status, "data-winner": result.winner }, ...parts));
            } catch (error) {
              node.replaceChildren(element("div", { class: "orgadvisor-card error", role: "alert" },
                String(error.message)));
            }
          }
          function cards() {
            if (!document.getElementById("orgadvisor-card-style")) {
              document.head.append(element("style", { id: "orgadvisor-card-style" }, style));
            }
            return Promise.all([...document.querySelectorAll("[data-orgadvisor]")].map(card));
          }
          api.cards = document.readyState === "loading"
            ? new Promise((resolve) => document.addEventListener("DOMContentLoaded",
              () => resolve(cards())))
            : cards();
          api.card = card;
          return api;
        })();

        """#
}
