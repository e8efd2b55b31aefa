/**
 * The pieces of documents the features make: Word (Apache POI) and CSV a spreadsheet opens.
 */
package no.medvirk.documents;
