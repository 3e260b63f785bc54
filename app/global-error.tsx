"use client";

// Replaces the root layout when it fails, so nothing of the app may be relied on here: no I18nProvider, no
// messages, no stylesheet. Hence inline styles and both languages, French first. No error detail is shown.
const s = {
  body: { margin: 0, fontFamily: '"Open Sans", "Segoe UI", Roboto, Arial, sans-serif', color: "#1c2a40", background: "#ffffff", lineHeight: 1.6 },
  band: { background: "#223654", color: "#ffffff", padding: "16px 24px", fontWeight: 700, fontSize: "1.25rem" },
  main: { maxWidth: "42rem", margin: "0 auto", padding: "48px 24px" },
  h1: { color: "#223654", fontSize: "2rem", lineHeight: 1.25, margin: "0 0 16px" },
  h2: { color: "#223654", fontSize: "1.5rem", lineHeight: 1.25, margin: "40px 0 16px" },
  actions: { display: "flex", flexWrap: "wrap" as const, gap: "12px", marginTop: "24px" },
  button: { minHeight: "44px", padding: "0 16px", border: "2px solid #095797", borderRadius: "4px", background: "#095797", color: "#ffffff", fontWeight: 600, fontSize: "1rem", cursor: "pointer" },
  link: { display: "inline-flex", alignItems: "center", minHeight: "44px", padding: "0 16px", border: "2px solid #095797", borderRadius: "4px", color: "#095797", fontWeight: 600, textDecoration: "none" },
};

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Une erreur est survenue · Something went wrong</title>
        <meta name="robots" content="noindex" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>{`:focus-visible{outline:3px solid #095797;outline-offset:2px}`}</style>
      </head>
      <body style={s.body}>
        <div style={s.band}>Passerelle Régions</div>
        <main style={s.main}>
          <h1 style={s.h1}>Une erreur est survenue</h1>
          <p>Nous n&apos;avons pas pu afficher cette page. Réessayez dans un instant. Si le problème persiste, revenez plus tard.</p>
          <div style={s.actions}>
            <button type="button" style={s.button} onClick={() => retry()}>
              Réessayer
            </button>
            {/* A plain link on purpose: after a crash of the root layout, a full page load starts the app afresh. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={s.link}>
              Retour à l&apos;accueil
            </a>
          </div>
          <section lang="en">
            <h2 style={s.h2}>Something went wrong</h2>
            <p>We could not display this page. Try again in a moment. If the problem persists, come back later.</p>
            <div style={s.actions}>
              <button type="button" style={s.button} onClick={() => retry()}>
                Try again
              </button>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/" style={s.link}>
                Back to the home page
              </a>
            </div>
          </section>
        </main>
      </body>
    </html>
  );
}
