// The entry of /sw-register.js, the one script every page loads (scripts/service-worker.mjs bundles it).
import { enableOfflineUse } from './offline';

enableOfflineUse();
