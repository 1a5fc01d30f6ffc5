import { describeMatrix } from '../../../test/support/authorization-matrix/matrix.js';
import { interventionsMatrix } from '../../../test/support/authorization-matrix/interventions.js';

// What each kind of caller gets from each route of this area (the central check that every
// route has an entry is in ../authorization-matrix.test.ts). The caseworker here is one who is
// not assigned to the case.
describeMatrix('the authorization matrix: individual interventions', interventionsMatrix);
