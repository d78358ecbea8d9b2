/**
 * The programme's own management: the GP Forward View delivery tracker with RAG statuses, the
 * transformation fund's locality allocation, improved-access coverage per cluster, and the
 * audit trail of every workflow transition and field change across features.
 */
@NullMarked
package uk.nhs.dorset.primarycare.programme;

import org.jspecify.annotations.NullMarked;
