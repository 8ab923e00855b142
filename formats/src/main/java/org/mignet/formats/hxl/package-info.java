/** HXL (Humanitarian Exchange Language): hashtag rows read and written over CSV and XLSX tables. */
package org.mignet.formats.hxl;
