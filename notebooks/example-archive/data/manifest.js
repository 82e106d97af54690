window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "1187733002461184001",
    "userName": "tomas_fixes",
    "displayName": "Tom\u00e1s Ferreira"
  },
  "archiveInfo": {
    "sizeBytes": "48213",
    "generationDate": "2024-04-02T06:11:40.000Z",
    "isPartialArchive": false,
    "maxPartSizeBytes": "53687091200"
  },
  "dataTypes": {
    "account": {
      "files": [
        {
          "fileName": "data/account.js",
          "globalName": "YTD.account.part0",
          "count": "1"
        }
      ]
    },
    "noteTweet": {
      "files": [
        {
          "fileName": "data/note-tweet.js",
          "globalName": "YTD.note_tweet.part0",
          "count": "1"
        }
      ]
    },
    "tweets": {
      "mediaDirectory": "data/tweets_media",
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "57"
        }
      ]
    }
  }
}
