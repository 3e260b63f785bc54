// Integration tests run against real PostgreSQL: `npm run test:integration` starts the embedded server (database
// app_test) or uses DATABASE_URL, applies the migrations, and then runs the files one after another.
if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need a database: run them with `npm run test:integration` (embedded PostgreSQL) or set DATABASE_URL.");
}
process.env.LOG_LEVEL ??= "silent";
