/**
 * The pipeline, assembled in one place ({@link io.vigil.pipeline.Pipeline}): source → clean →
 * analyse → resolve → extract; and the JSON form of its output that outside checks read.
 */
package io.vigil.pipeline;
