// The coach client (streaming, the safety check, the built-in coach) and the runner's words for its replies load
// on first use or when the browser is idle; the request and the flow share this one loader.
export const loadCoachCalls = () => import('./coach-calls');
