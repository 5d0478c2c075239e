package io.vigil.index;

/** Every field name of Vigil's Lucene index, each with why it has its type. */
public final class Fields {

  /** The article id: a StringField (one exact term, stored), so re-indexing replaces by id. */
  public static final String ID = "id";

  /** The headline: a TextField (analysed for search) and stored for result lists. */
  public static final String TITLE = "title";

  /** The clean text: a TextField, stored, since every evidence offset points into it. */
  public static final String TEXT = "text";

  /**
   * Entity ids, one StringField value per entity: exact filters such as every article about {@code
   * org:islamic-state}, whatever it was called in the article.
   */
  public static final String ENTITY = "entity";

  /**
   * Every name of every entity of the article, canonical name and knowledge-base aliases included,
   * as a TextField: the field that makes search alias-aware.
   */
  public static final String NAMES = "names";

  /** CAMEO codes of the article's events, and their roots, as StringFields for exact filters. */
  public static final String CAMEO = "cameo";

  /** Where the article came from (file or URL): a StoredField, shown, never searched. */
  public static final String SOURCE = "source";

  /** Publication time in epoch milliseconds: a LongField, for ranges and sorting. */
  public static final String PUBLISHED = "published";

  private Fields() {}
}
