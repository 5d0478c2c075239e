package io.vigil.nlp.analyse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own lean NER pipeline, the baseline Vigil's speed is compared with: the standard {@code
 * tokenize,ssplit,ner} annotators with the 3-class CRF and without SUTime, numeric and fine-grained
 * classifiers. Thread-safe once built.
 */
public final class CoreNlpLeanNer {

  private final StanfordCoreNLP pipeline;

  public CoreNlpLeanNer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.model", CoreNlpAnalyzer.THREE_CLASS_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.combinationMode", "NORMAL");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates {@code text}; returns the number of tokens, so the work cannot be optimised away. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
