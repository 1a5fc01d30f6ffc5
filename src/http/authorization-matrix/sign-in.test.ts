import { describeMatrix } from '../../../test/support/authorization-matrix/matrix.js';
import { signInMatrix } from '../../../test/support/authorization-matrix/sign-in.js';

// What each kind of caller gets from each route of this area (the central check that every
// route has an entry is in ../authorization-matrix.test.ts).
describeMatrix('the authorization matrix: sign-in (issue 17)', signInMatrix);
