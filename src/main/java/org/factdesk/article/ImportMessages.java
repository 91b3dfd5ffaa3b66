package org.factdesk.article;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The field errors of an article's import and of its details form, in English; {@code messages/articleimport_<tag>}
 * {@code .properties} holds each other language. The article pages' own words are {@code claim.ArticleMessages}.
 */
@MessageBundle("articleimport")
public interface ImportMessages {

    @Message("Choose plain text, Markdown or HTML, or leave the format to be detected.")
    String chooseFormat();

    @Message("Upload a .txt, .md or .html file.")
    String fileType();

    @Message("The file is larger than {size}; upload a shorter article.")
    String fileTooLarge(String size);

    @Message("The file is not valid UTF-8 text. Save it as UTF-8 and upload it again.")
    String fileNotUtf8();

    @Message("The text is larger than {size}; import a shorter article.")
    String textTooLarge(String size);

    @Message("Paste the article's text or upload a file.")
    String textMissing();

    @Message("No article text was found in what you sent.")
    String noTextFound();

    @Message("Enter the article's title.")
    String titleMissing();

    @Message("Use at most {max} characters.")
    String atMostChars(int max);

    @Message("Use a language code such as en or pt-BR.")
    String languageCode();

    @Message("An article from this source URL is already in the desk.")
    String duplicateUrl();

    @Message("An article with exactly this text is already in the desk.")
    String duplicateText();

    @Message("Someone else changed this article since you opened it; their values are shown in the page, yours in the form.")
    String articleChanged();

    @Message("Enter a date that is not in the future.")
    String dateInFuture();
}
