// The safety gate with the built-in guide, typed at human speed: see safety-steps.ts. Nothing is sent to /api/ai/.
import { safetyJourneys } from './safety-steps';

safetyJourneys('built-in');
