/**
 * `npm run db:migrate`: applies the committed drizzle-kit migrations to the database of
 * $DATA_DIR (./data by default) without starting the server — for upgrades done by hand or from
 * a deployment script. `npm start` applies them itself on every start.
 */
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';

const { databasePath } = env();
const db = openDatabase(databasePath);
migrateDatabase(db);
db.$client.close();
console.log(`Migrations applied to ${databasePath}`);
