package io.vigil.model;

/**
 * Something a speaker said, directly ({@code direct}: the words in quotation marks) or as reported
 * speech.
 *
 * @param text the quoted words, without the quotation marks
 * @param span where the words are in the clean text
 * @param speaker the resolved speaker, or null when no speaker could be found
 * @param speakerSpan the mention of the speaker that decided it (may be a pronoun), or null
 * @param cue the speech verb or phrase ("said", "according to"), or null
 * @param direct true for quoted words, false for reported speech
 */
public record Quote(
    String text, Span span, EntityRef speaker, Span speakerSpan, Span cue, boolean direct) {}
