/**
 * Page objects for the browser journeys: each screen exposes what a user does and reads there and
 * keeps its locators to itself, so a journey reads as the user's steps and survives layout changes.
 */
@NullMarked
package uk.nhs.dorset.primarycare.testing.pages;

import org.jspecify.annotations.NullMarked;
