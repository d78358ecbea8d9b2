/** Test support: the test database, the shared integration-test configuration and sign-in. */
@NullMarked
package uk.nhs.dorset.primarycare.testing;

import org.jspecify.annotations.NullMarked;
