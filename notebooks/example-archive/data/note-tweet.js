window.YTD.note_tweet.part0 = [
  {
    "noteTweet": {
      "noteTweetId": "1742485954977125052",
      "updatedAt": "2024-01-03T10:00:00.000Z",
      "lifecycle": {
        "value": "live",
        "name": "Live",
        "originalName": "live",
        "annotations": {}
      },
      "createdAt": "2024-01-03T10:00:00.000Z",
      "core": {
        "styletags": [],
        "urls": [],
        "text": "Twelve years ago I opened Ferreira Cycles in a rented garage with a second-hand workstand, £800 of tools and no idea how to run a business. For the first year I mostly fixed my friends' bikes for free and ate a lot of toast.\n\nWhat I got wrong: I thought people came for the repair. They came because I explained what was wrong and let them watch. The ones who learned to fix their own punctures came back for everything else, and sent their friends.\n\nWhat I'm still getting wrong: saying yes to everything. January is a good month to stop.",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  }
]
