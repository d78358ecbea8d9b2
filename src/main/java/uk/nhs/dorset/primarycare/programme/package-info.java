/**
 * The programme's own management: the GP Forward View delivery tracker with RAG statuses, the
 * transformation fund's locality allocation, improved-access coverage per cluster, and the
 * screen of the audit trail the shared kernel keeps of every workflow.
 */
@NullMarked
package uk.nhs.dorset.primarycare.programme;

import org.jspecify.annotations.NullMarked;
