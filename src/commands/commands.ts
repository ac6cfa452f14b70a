/* Ribbon commands. The only button opens the task pane (ShowTaskpane in manifest.xml), so no function is registered
   yet; Office still needs this page to load office.js and call Office.onReady. */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
