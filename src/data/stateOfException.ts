/**
 * The day El Salvador's state of exception began (27 March 2022), in a module of its own: several charts mark it,
 * and importing it from deaths.ts made every chart island download the deaths series with it.
 */
export const STATE_OF_EXCEPTION_START = '2022-03-27';
