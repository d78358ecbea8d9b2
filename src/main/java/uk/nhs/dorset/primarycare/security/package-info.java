/**
 * Who may sign in and what they may do: users and their roles stored in the database with
 * hashed passwords, the signed-in user as an {@link uk.nhs.dorset.primarycare.base.Actor},
 * the web security set-up and the administrators' user management.
 */
@NullMarked
package uk.nhs.dorset.primarycare.security;

import org.jspecify.annotations.NullMarked;
