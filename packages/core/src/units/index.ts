/** Administrative units: the shape of a unit and a small demo fixture (not the national catalogue). */
export { ADMINISTRATIVE_UNITS_FIXTURE, type AdministrativeUnit } from './administrative-units.js';
