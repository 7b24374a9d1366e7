/// The JavaScript of the interactive page and of the embedding file. It marshals and
/// renders: controls built from the rule base's catalog, the profile read from them and
/// kept in the URL fragment, the module's report body put in place. No scoring here.
enum PageScript {
    /// The page's script, after ``engine``: builds the controls, renders on every
    /// change, keeps the profile in the fragment, and exposes `window.orgadvisor`.
    static let page = #"""
        (() => {
          "use strict";
          const $ = (id) => document.getElementById(id);
          const strings = JSON.parse($("oa-strings").textContent);
          const form = $("oa-form");
          const results = $("oa-results");
          const problem = $("oa-problem");
          let lang = document.documentElement.lang === "fr" ? "fr" : "en";
          let catalog = null;
          let engine = null;
          const ready = OrgAdvisorEngine.create(
            OrgAdvisorEngine.fromBase64($("oa-module").textContent),
            OrgAdvisorEngine.fromBase64($("oa-rules").textContent));
          const api = OrgAdvisorEngine.api(ready, () => lang);
          const numeric = (c) => c.type === "integer" || c.type === "decimal";
          const control = (c) => $("oa-c-" + c.id);
          const text = (pair) => (pair ? pair[lang] : "");

          function element(name, attributes, ...children) {
            const node = document.createElement(name);
            for (const [key, value] of Object.entries(attributes || {})) {
              if (value !== undefined && value !== null) node.setAttribute(key, value);
            }
            for (const child of children) node.append(child);
            return node;
          }

          /** The controls, one per criterion, in the language, keeping their values. */
          function buildControls() {
            const values = catalog ? profile() : {};
            const s = strings[lang];
            const fields = $("oa-fields");
            fields.replaceChildren();
            for (const c of catalog.criteria) {
              const id = "oa-c-" + c.id;
              const label = element("label", { for: id },
                element("span", { class: "question" }, text(c.question) || text(c.label)),
                element("span", { class: "criterion" }, text(c.label) + " · ", element("code", {}, c.id)));
              let input;
              if (numeric(c)) {
                input = element("input", {
                  id, name: c.id, type: "number", inputmode: c.type === "integer" ? "numeric" : "decimal",
                  step: c.type === "integer" ? "1" : "any", min: c.min, max: c.max,
                  placeholder: s.notKnown, "aria-describedby": "oa-unknown-hint",
                });
              } else {
                input = element("select", { id, name: c.id },
                  element("option", { value: "" }, s.notKnown),
                  ...c.values.map((v) => element("option", { value: v.id }, text(v.label))));
              }
              fields.append(element("div", { class: "field", "data-criterion": c.id }, label, input));
              if (values[c.id] !== undefined) input.value = String(values[c.id]);
            }
            for (const [key, value] of Object.entries(s.texts)) {
              const node = $(key);
              if (node) node.textContent = value;
            }
          }

          /** The profile the controls give: unknown criteria are left out. */
          function profile() {
            const p = {};
            for (const c of catalog.criteria) {
              const input = control(c);
              const value = input ? input.value.trim() : "";
              if (value === "") continue;
              p[c.id] = numeric(c) ? Number(value) : value;
            }
            return p;
          }

          function setProfile(p) {
            for (const c of catalog.criteria) {
              const input = control(c);
              if (input) input.value = p[c.id] === undefined ? "" : String(p[c.id]);
            }
          }

          /** `#lang=fr&sites=5&volume=high` to a language and a profile. */
          function readFragment() {
            const p = {};
            for (const part of location.hash.replace(/^#/, "").split("&")) {
              const at = part.indexOf("=");
              if (at < 0) continue;
              const key = decodeURIComponent(part.slice(0, at));
              const value = decodeURIComponent(part.slice(at + 1));
              if (key === "lang" && (value === "en" || value === "fr")) lang = value;
              else if (catalog.criteria.some((c) => c.id === key)) p[key] = value;
            }
            return p;
          }

          function writeFragment(p) {
            const parts = ["lang=" + lang].concat(Object.entries(p).map(([key, value]) =>
              encodeURIComponent(key) + "=" + encodeURIComponent(String(value))));
            history.replaceState(null, "", "#" + parts.join("&"));
          }

          /** Scores the controls' profile and shows the module's report body. */
          function render() {
            const started = performance.now();
            const p = profile();
            try {
              results.innerHTML = engine.report(p, lang);
              problem.textContent = "";
              problem.hidden = true;
            } catch (error) {
              problem.textContent = error.message;
              problem.hidden = false;
            }
            const heading = results.querySelector("h1");
            document.title = heading ? heading.textContent : strings[lang].title;
            const recommended = results.querySelector(".recommended");
            $("oa-status").textContent = recommended ? recommended.textContent : "";
            offerAnswer();
            writeFragment(p);
            window.orgadvisor.lastRenderMilliseconds = performance.now() - started;
          }

          /** A button after the next question that moves to its control. */
          function offerAnswer() {
            const code = results.querySelector(".next-question code");
            const c = code && catalog.criteria.find((c) => c.id === code.textContent);
            if (!c) return;
            const button = element("button", { type: "button", class: "answer" }, strings[lang].answer);
            button.addEventListener("click", () => control(c).focus());
            code.parentElement.append(" ", button);
          }

          function setLanguage(value) {
            lang = value;
            document.documentElement.lang = value;
            for (const radio of document.querySelectorAll("input[name=oa-lang]")) {
              radio.checked = radio.value === value;
            }
            buildControls();
          }

          window.orgadvisor = Object.assign(api, {
            page: { render, profile: () => profile(), setProfile: (p) => { setProfile(p); render(); },
              setLanguage: (value) => { setLanguage(value); render(); } },
          });

          ready.then((loaded) => {
            engine = loaded;
            catalog = loaded.catalog;
            const p = readFragment();
            setLanguage(lang);
            setProfile(p);
            form.addEventListener("input", (event) => {
              if (event.target.name !== "oa-lang") render();
            });
            form.addEventListener("change", (event) => {
              if (event.target.name === "oa-lang") {
                setLanguage(event.target.value);
                render();
              }
            });
            form.addEventListener("submit", (event) => event.preventDefault());
            $("oa-reset").addEventListener("click", () => { setProfile({}); render(); });
            window.addEventListener("hashchange", () => {
              const q = readFragment();
              setLanguage(lang);
              setProfile(q);
              render();
            });
            results.addEventListener("click", (event) => {
              const link = event.target.closest("a[href^='#']");
              if (!link) return;
              event.preventDefault();
              const target = document.getElementById(link.getAttribute("href").slice(1));
              if (target) target.scrollIntoView();
            });
            render();
            window.orgadvisor.firstResultMilliseconds = performance.now();
            document.documentElement.dataset.ready = "true";
          }).catch((error) => {
            problem.textContent = strings[lang].failed + " " + error.message;
            problem.hidden = false;
          });
        })();

        """#
}
