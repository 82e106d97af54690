window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773816198267466195"
          ],
          "editableUntil": "2024-03-29T20:55:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Brennan",
            "screen_name": "kitbrennan",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "990012345",
            "id": "990012345"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "4",
      "id_str": "1773816198267466195",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773816198267466195",
      "created_at": "Fri Mar 29 20:55:12 +0000 2024",
      "favorited": false,
      "full_text": "@kitbrennan It's the rear hub. Bring it in Monday and I'll show you how to adjust the cones yourself.",
      "lang": "en",
      "in_reply_to_status_id_str": "1773814386328138195",
      "in_reply_to_status_id": "1773814386328138195",
      "in_reply_to_user_id": "990012345",
      "in_reply_to_user_id_str": "990012345",
      "in_reply_to_screen_name": "kitbrennan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772979385172139969"
          ],
          "editableUntil": "2024-03-27T13:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "spring",
            "indices": [
              "112",
              "119"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "120",
              "128"
            ]
          },
          {
            "text": "bikeservice",
            "indices": [
              "129",
              "141"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/JBAXEhAf4S",
            "expanded_url": "https://ferreira-cycles.example/book",
            "display_url": "ferreira-cycles.example/bo…",
            "indices": [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "6",
      "id_str": "1772979385172139969",
      "truncated": false,
      "retweet_count": "4",
      "id": "1772979385172139969",
      "created_at": "Wed Mar 27 13:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Spring is here! Book your spring service at Ferreira Cycles today and be ready to ride: https://t.co/JBAXEhAf4S #spring #cycling #bikeservice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771480042224981489"
          ],
          "editableUntil": "2024-03-23T10:12:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Coghill Cycling Club",
            "screen_name": "coghill_cc",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3320198876",
            "id": "3320198876"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "2",
      "id_str": "1771480042224981489",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771480042224981489",
      "created_at": "Sat Mar 23 10:12:09 +0000 2024",
      "favorited": false,
      "full_text": "@coghill_cc Thanks for having me on the ride Sunday. The coffee stop was perfect and my legs have nearly forgiven you.",
      "lang": "en",
      "in_reply_to_status_id_str": "1771477060074837489",
      "in_reply_to_status_id": "1771477060074837489",
      "in_reply_to_user_id": "3320198876",
      "in_reply_to_user_id_str": "3320198876",
      "in_reply_to_screen_name": "coghill_cc"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770843493108035804"
          ],
          "editableUntil": "2024-03-21T16:02:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "24",
      "id_str": "1770843493108035804",
      "truncated": false,
      "retweet_count": "1",
      "id": "1770843493108035804",
      "created_at": "Thu Mar 21 16:02:44 +0000 2024",
      "favorited": false,
      "full_text": "Q&amp;A for the summit: what would you ask a bike mechanic if you knew you wouldn't be judged?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769651333966291708"
          ],
          "editableUntil": "2024-03-18T09:05:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/oASj1xyw6u",
            "expanded_url": "https://streetsnews.example/protected-lanes",
            "display_url": "streetsnews.example/protec…",
            "indices": [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "22",
      "id_str": "1769651333966291708",
      "truncated": false,
      "retweet_count": "8",
      "id": "1769651333966291708",
      "created_at": "Mon Mar 18 09:05:31 +0000 2024",
      "favorited": false,
      "full_text": "Great piece on why cities that build protected lanes see more people cycling, not just more cyclists: https://t.co/oASj1xyw6u Worth ten minutes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768723920755932488"
          ],
          "editableUntil": "2024-03-15T19:40:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Wendy Okafor",
            "screen_name": "wrenchwendy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "229174410",
            "id": "229174410"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1768723920755932488",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768723920755932488",
      "created_at": "Fri Mar 15 19:40:18 +0000 2024",
      "favorited": false,
      "full_text": "@wrenchwendy I completely agree. Good mechanics explain what they did, they don't just hand the bike back.",
      "lang": "en",
      "in_reply_to_status_id_str": "1768722003959004488",
      "in_reply_to_status_id": "1768722003959004488",
      "in_reply_to_user_id": "229174410",
      "in_reply_to_user_id_str": "229174410",
      "in_reply_to_screen_name": "wrenchwendy"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767518402601518856"
          ],
          "editableUntil": "2024-03-12T11:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "merch",
            "indices": [
              "118",
              "124"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "125",
              "133"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/8teHHvMDu9",
            "expanded_url": "https://ferreira-cycles.example/shop",
            "display_url": "ferreira-cycles.example/sh…",
            "indices": [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "2",
      "id_str": "1767518402601518856",
      "truncated": false,
      "retweet_count": "6",
      "id": "1767518402601518856",
      "created_at": "Tue Mar 12 11:50:00 +0000 2024",
      "favorited": false,
      "full_text": "New merch! Ferreira Cycles caps and tool rolls are now in the shop. Limited stock, order now: https://t.co/8teHHvMDu9 #merch #cycling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766515754400059736"
          ],
          "editableUntil": "2024-03-09T17:25:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "31",
      "id_str": "1766515754400059736",
      "truncated": false,
      "retweet_count": "1",
      "id": "1766515754400059736",
      "created_at": "Sat Mar 09 17:25:50 +0000 2024",
      "favorited": false,
      "full_text": "First fix-it café today. Fourteen people, six bikes, one very stubborn seized seatpost, zero biscuits left. Thank you all for coming, same time next month?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765018598761088477"
          ],
          "editableUntil": "2024-03-05T14:16:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Coghill Cycling Club",
            "screen_name": "coghill_cc",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "3320198876",
            "id": "3320198876"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "0",
      "id_str": "1765018598761088477",
      "truncated": false,
      "retweet_count": "16",
      "id": "1765018598761088477",
      "created_at": "Tue Mar 05 14:16:41 +0000 2024",
      "favorited": false,
      "full_text": "RT @coghill_cc: Spring ride series starts 6 April! 40km, no-drop, coffee at the halfway point. Everyone welcome. Sign up: https://t.co/…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764599166229336471"
          ],
          "editableUntil": "2024-03-04T10:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "partnership",
            "indices": [
              "109",
              "121"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "122",
              "130"
            ]
          },
          {
            "text": "community",
            "indices": [
              "131",
              "141"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Coghill Cycling Club",
            "screen_name": "coghill_cc",
            "indices": [
              "25",
              "36"
            ],
            "id_str": "3320198876",
            "id": "3320198876"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "39",
      "id_str": "1764599166229336471",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764599166229336471",
      "created_at": "Mon Mar 04 10:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Thrilled to partner with @coghill_cc for their spring ride series! Ferreira Cycles is the official mechanic. #partnership #cycling #community",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1762401698766623936"
          ],
          "editableUntil": "2024-02-27T08:58:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Samir",
            "screen_name": "samir_commutes",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "77810023",
            "id": "77810023"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "5",
      "id_str": "1762401698766623936",
      "truncated": false,
      "retweet_count": "0",
      "id": "1762401698766623936",
      "created_at": "Tue Feb 27 08:58:03 +0000 2024",
      "favorited": false,
      "full_text": "@samir_commutes Yes! First Saturday of the month, then. I'll sort out a room.",
      "lang": "en",
      "in_reply_to_status_id_str": "1762398892777247936",
      "in_reply_to_status_id": "1762398892777247936",
      "in_reply_to_user_id": "77810023",
      "in_reply_to_user_id_str": "77810023",
      "in_reply_to_screen_name": "samir_commutes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1762185117113614808"
          ],
          "editableUntil": "2024-02-26T18:37:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "1",
      "id_str": "1762185117113614808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1762185117113614808",
      "created_at": "Mon Feb 26 18:37:26 +0000 2024",
      "favorited": false,
      "full_text": "Anyone in town fancy a monthly fix-it café? Bring your bike, we fix things together over tea &amp; biscuits. Would you come?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760273162392662279"
          ],
          "editableUntil": "2024-02-21T12:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "podcast",
            "indices": [
              "125",
              "133"
            ]
          },
          {
            "text": "entrepreneur",
            "indices": [
              "134",
              "147"
            ]
          },
          {
            "text": "smallbusiness",
            "indices": [
              "148",
              "162"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/sk2yZTtMKL",
            "expanded_url": "https://smallshops.example/ep/42",
            "display_url": "smallshops.example/ep/42",
            "indices": [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "45",
      "id_str": "1760273162392662279",
      "truncated": false,
      "retweet_count": "2",
      "id": "1760273162392662279",
      "created_at": "Wed Feb 21 12:00:00 +0000 2024",
      "favorited": false,
      "full_text": "Podcast episode out now: I talk about building Ferreira Cycles from a garage to a shopfront. Listen: https://t.co/sk2yZTtMKL #podcast #entrepreneur #smallbusiness",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758779268792371011"
          ],
          "editableUntil": "2024-02-17T09:03:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lena",
            "screen_name": "lenapedals",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "881273344019",
            "id": "881273344019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "3",
      "id_str": "1758779268792371011",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758779268792371011",
      "created_at": "Sat Feb 17 09:03:48 +0000 2024",
      "favorited": false,
      "full_text": "@lenapedals So sorry to hear your bike was stolen. If you need a loaner while you sort things out, come by the shop, no charge.",
      "lang": "en",
      "in_reply_to_status_id_str": "1758779218460723011",
      "in_reply_to_status_id": "1758779218460723011",
      "in_reply_to_user_id": "881273344019",
      "in_reply_to_user_id_str": "881273344019",
      "in_reply_to_screen_name": "lenapedals"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758614754391268383"
          ],
          "editableUntil": "2024-02-16T22:10:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "13",
      "id_str": "1758614754391268383",
      "truncated": false,
      "retweet_count": "5",
      "id": "1758614754391268383",
      "created_at": "Fri Feb 16 22:10:05 +0000 2024",
      "favorited": false,
      "full_text": "Honestly feeling burnt out this month. Trying to say no to more things and get back on the bike just for me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757305917355963421"
          ],
          "editableUntil": "2024-02-13T07:29:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/vnw9JcvLzW",
            "expanded_url": "https://twitter.com/wrenchwendy/status/1757305897758776640",
            "display_url": "twitter.com/wrenchwendy/st…",
            "indices": [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "16",
      "id_str": "1757305917355963421",
      "truncated": false,
      "retweet_count": "8",
      "id": "1757305917355963421",
      "created_at": "Tue Feb 13 07:29:14 +0000 2024",
      "favorited": false,
      "full_text": "This is exactly why I run a free basics class every month. Nobody should feel embarrassed walking into a bike shop. https://t.co/vnw9JcvLzW",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755899341295951756"
          ],
          "editableUntil": "2024-02-09T10:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "UCS2024",
            "indices": [
              "127",
              "135"
            ]
          },
          {
            "text": "speaker",
            "indices": [
              "136",
              "144"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "145",
              "153"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/EYjBMjwKMU",
            "expanded_url": "https://urbancyclingsummit.example/tickets",
            "display_url": "urbancyclingsummit.example…",
            "indices": [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "48",
      "id_str": "1755899341295951756",
      "truncated": false,
      "retweet_count": "2",
      "id": "1755899341295951756",
      "created_at": "Fri Feb 09 10:20:00 +0000 2024",
      "favorited": false,
      "full_text": "I'm excited to share that I'll be speaking at the Urban Cycling Summit in March! Get your tickets now: https://t.co/EYjBMjwKMU #UCS2024 #speaker #cycling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754611592471862880"
          ],
          "editableUntil": "2024-02-05T21:02:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Marta",
            "screen_name": "marta_velo",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1290033817",
            "id": "1290033817"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "3",
      "id_str": "1754611592471862880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754611592471862880",
      "created_at": "Mon Feb 05 21:02:57 +0000 2024",
      "favorited": false,
      "full_text": "@marta_velo A red Raleigh with a basket! Mine was a hand-me-down Falcon with one working brake.",
      "lang": "en",
      "in_reply_to_status_id_str": "1754608392217910880",
      "in_reply_to_status_id": "1754608392217910880",
      "in_reply_to_user_id": "1290033817",
      "in_reply_to_user_id_str": "1290033817",
      "in_reply_to_screen_name": "marta_velo"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754591811890441888"
          ],
          "editableUntil": "2024-02-05T19:44:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "47",
      "id_str": "1754591811890441888",
      "truncated": false,
      "retweet_count": "1",
      "id": "1754591811890441888",
      "created_at": "Mon Feb 05 19:44:21 +0000 2024",
      "favorited": false,
      "full_text": "Who else learned to fix bikes from an old manual with greasy pages and a lot of swearing? What was your first bike?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753013117406578068"
          ],
          "editableUntil": "2024-02-01T11:11:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bikerepair",
            "indices": [
              "126",
              "137"
            ]
          },
          {
            "text": "course",
            "indices": [
              "138",
              "145"
            ]
          },
          {
            "text": "learnonline",
            "indices": [
              "146",
              "158"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/yMXZCDyzzP",
            "expanded_url": "https://ferreira-cycles.example/course",
            "display_url": "ferreira-cycles.example/co…",
            "indices": [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "45",
      "id_str": "1753013117406578068",
      "truncated": false,
      "retweet_count": "6",
      "id": "1753013117406578068",
      "created_at": "Thu Feb 01 11:11:11 +0000 2024",
      "favorited": false,
      "full_text": "Course update: I just added 2 new lessons on hydraulic brake bleeding. Enrol today and get them free: https://t.co/yMXZCDyzzP #bikerepair #course #learnonline",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751889709525601237"
          ],
          "editableUntil": "2024-01-29T08:47:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "City Bike Lane Campaign",
            "screen_name": "citybikeslane",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "4410098",
            "id": "4410098"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1751889709525601237",
      "truncated": false,
      "retweet_count": "7",
      "id": "1751889709525601237",
      "created_at": "Mon Jan 29 08:47:09 +0000 2024",
      "favorited": false,
      "full_text": "RT @citybikeslane: The new protected lane on Harbour Road opens on Monday. Thank you to everyone who came to the consultation meetings and made th…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750126299728516657"
          ],
          "editableUntil": "2024-01-24T12:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bikerepair",
            "indices": [
              "61",
              "72"
            ]
          },
          {
            "text": "DIY",
            "indices": [
              "73",
              "77"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "78",
              "86"
            ]
          },
          {
            "text": "winterriding",
            "indices": [
              "87",
              "100"
            ]
          },
          {
            "text": "sale",
            "indices": [
              "101",
              "106"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "28",
      "id_str": "1750126299728516657",
      "truncated": false,
      "retweet_count": "7",
      "id": "1750126299728516657",
      "created_at": "Wed Jan 24 12:00:00 +0000 2024",
      "favorited": false,
      "full_text": "Save 30% on the full course with code WINTER30. Link in bio. #bikerepair #DIY #cycling #winterriding #sale",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1748076684609082826"
          ],
          "editableUntil": "2024-01-18T20:15:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "33",
      "id_str": "1748076684609082826",
      "truncated": false,
      "retweet_count": "4",
      "id": "1748076684609082826",
      "created_at": "Thu Jan 18 20:15:33 +0000 2024",
      "favorited": false,
      "full_text": "Spent the afternoon helping a kid called Leo fix his first puncture. The look on his face when the tyre held air. That's the whole job, really.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746827062346793177"
          ],
          "editableUntil": "2024-01-15T09:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cycling",
            "indices": [
              "159",
              "167"
            ]
          },
          {
            "text": "bikerepair",
            "indices": [
              "168",
              "179"
            ]
          },
          {
            "text": "DIY",
            "indices": [
              "180",
              "184"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/mTgwoE42UZ",
            "expanded_url": "https://ferreira-cycles.example/course?ref=x",
            "display_url": "ferreira-cycles.example/co…",
            "indices": [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "19",
      "id_str": "1746827062346793177",
      "truncated": false,
      "retweet_count": "5",
      "id": "1746827062346793177",
      "created_at": "Mon Jan 15 09:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Last chance! 🚲 My online course FIX YOUR OWN BIKE is live. 12 video lessons, lifetime access, 30% off this week only. Grab your spot 👉 https://t.co/mTgwoE42UZ #cycling #bikerepair #DIY",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1745144136548322195"
          ],
          "editableUntil": "2024-01-10T18:02:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dan Kirkby",
            "screen_name": "dan_kirkby",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "51183390",
            "id": "51183390"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "3",
      "id_str": "1745144136548322195",
      "truncated": false,
      "retweet_count": "0",
      "id": "1745144136548322195",
      "created_at": "Wed Jan 10 18:02:40 +0000 2024",
      "favorited": false,
      "full_text": "@dan_kirkby Not yet, but hub servicing is on the list for the spring workshop.",
      "lang": "en",
      "in_reply_to_status_id_str": "1745142232334306195",
      "in_reply_to_status_id": "1745142232334306195",
      "in_reply_to_user_id": "51183390",
      "in_reply_to_user_id_str": "51183390",
      "in_reply_to_screen_name": "dan_kirkby"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744338644004630934"
          ],
          "editableUntil": "2024-01-08T12:41:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Wendy Okafor",
            "screen_name": "wrenchwendy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "229174410",
            "id": "229174410"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "5",
      "id_str": "1744338644004630934",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744338644004630934",
      "created_at": "Mon Jan 08 12:41:55 +0000 2024",
      "favorited": false,
      "full_text": "@wrenchwendy Thank you! Means a lot coming from you.",
      "lang": "en",
      "in_reply_to_status_id_str": "1744336488132374934",
      "in_reply_to_status_id": "1744336488132374934",
      "in_reply_to_user_id": "229174410",
      "in_reply_to_user_id_str": "229174410",
      "in_reply_to_screen_name": "wrenchwendy"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744290344137992967"
          ],
          "editableUntil": "2024-01-08T09:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "cycling",
            "indices": [
              "157",
              "165"
            ]
          },
          {
            "text": "bikerepair",
            "indices": [
              "166",
              "177"
            ]
          },
          {
            "text": "DIY",
            "indices": [
              "178",
              "182"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/x8ErBvmJq4",
            "expanded_url": "https://ferreira-cycles.example/course",
            "display_url": "ferreira-cycles.example/co…",
            "indices": [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "6",
      "id_str": "1744290344137992967",
      "truncated": false,
      "retweet_count": "2",
      "id": "1744290344137992967",
      "created_at": "Mon Jan 08 09:30:00 +0000 2024",
      "favorited": false,
      "full_text": "🚲 It's here! My online course FIX YOUR OWN BIKE is live. 12 video lessons, lifetime access, 30% off this week only. Grab your spot 👉 https://t.co/x8ErBvmJq4 #cycling #bikerepair #DIY",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1742485954977125045"
          ],
          "editableUntil": "2024-01-03T10:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "270"
      ],
      "favorite_count": "46",
      "id_str": "1742485954977125045",
      "truncated": false,
      "retweet_count": "1",
      "id": "1742485954977125045",
      "created_at": "Wed Jan 03 10:00:00 +0000 2024",
      "favorited": false,
      "full_text": "Twelve years ago I opened Ferreira Cycles in a rented garage with a second-hand workstand, £800 of tools and no idea how to run a business. For the first year I mostly fixed my friends' bikes for free and ate a lot of toast.\n\nWhat I got wrong: I thought people came for…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1739982512652979713"
          ],
          "editableUntil": "2023-12-27T12:12:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "39",
      "id_str": "1739982512652979713",
      "truncated": false,
      "retweet_count": "5",
      "id": "1739982512652979713",
      "created_at": "Wed Dec 27 12:12:12 +0000 2023",
      "favorited": false,
      "full_text": "Took the day off. Sat by the river with a flask of coffee and no phone. Needed that more than I realised.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1737549247984546907"
          ],
          "editableUntil": "2023-12-20T19:03:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "24",
      "id_str": "1737549247984546907",
      "truncated": false,
      "retweet_count": "5",
      "id": "1737549247984546907",
      "created_at": "Wed Dec 20 19:03:17 +0000 2023",
      "favorited": false,
      "full_text": "Confession: I've been fixing other people's bikes all year and mine has had a squeaky brake since August.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1735622180852988063"
          ],
          "editableUntil": "2023-12-15T11:25:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "winter",
            "indices": [
              "123",
              "130"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "131",
              "139"
            ]
          },
          {
            "text": "bikeservice",
            "indices": [
              "140",
              "152"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/KTqAd2123j",
            "expanded_url": "https://ferreira-cycles.example/winter-service",
            "display_url": "ferreira-cycles.example/wi…",
            "indices": [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "32",
      "id_str": "1735622180852988063",
      "truncated": false,
      "retweet_count": "1",
      "id": "1735622180852988063",
      "created_at": "Fri Dec 15 11:25:48 +0000 2023",
      "favorited": false,
      "full_text": "Our new winter service package is now available. Book your bike in today and ride safe all season: https://t.co/KTqAd2123j #winter #cycling #bikeservice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1734252825141992104"
          ],
          "editableUntil": "2023-12-11T16:44:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kit Brennan",
            "screen_name": "kitbrennan",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "990012345",
            "id": "990012345"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "3",
      "id_str": "1734252825141992104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1734252825141992104",
      "created_at": "Mon Dec 11 16:44:29 +0000 2023",
      "favorited": false,
      "full_text": "@kitbrennan Honestly I'd skip the carbon wheels and spend the money on good tyres. You'll feel the difference far more.",
      "lang": "en",
      "in_reply_to_status_id_str": "1734251260666600104",
      "in_reply_to_status_id": "1734251260666600104",
      "in_reply_to_user_id": "990012345",
      "in_reply_to_user_id_str": "990012345",
      "in_reply_to_screen_name": "kitbrennan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1734229058297842408"
          ],
          "editableUntil": "2023-12-11T15:10:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "4",
      "id_str": "1734229058297842408",
      "truncated": false,
      "retweet_count": "2",
      "id": "1734229058297842408",
      "created_at": "Mon Dec 11 15:10:02 +0000 2023",
      "favorited": false,
      "full_text": "Tubeless for commuting: worth it, or more trouble than it's worth? I keep changing my mind. What do you think?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1732665291051005630"
          ],
          "editableUntil": "2023-12-07T07:36:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "53",
      "id_str": "1732665291051005630",
      "truncated": false,
      "retweet_count": "4",
      "id": "1732665291051005630",
      "created_at": "Thu Dec 07 07:36:11 +0000 2023",
      "favorited": false,
      "full_text": "Rode to work in the first snow today. Hands frozen, grin on my face the whole way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1731672833105338923"
          ],
          "editableUntil": "2023-12-04T13:52:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Marta",
            "screen_name": "marta_velo",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1290033817",
            "id": "1290033817"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "5",
      "id_str": "1731672833105338923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1731672833105338923",
      "created_at": "Mon Dec 04 13:52:30 +0000 2023",
      "favorited": false,
      "full_text": "@marta_velo Congratulations on finishing your first century! How are the legs?",
      "lang": "en",
      "in_reply_to_status_id_str": "1731671448985018923",
      "in_reply_to_status_id": "1731671448985018923",
      "in_reply_to_user_id": "1290033817",
      "in_reply_to_user_id_str": "1290033817",
      "in_reply_to_screen_name": "marta_velo"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1731015293406007095"
          ],
          "editableUntil": "2023-12-02T18:19:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "24",
      "id_str": "1731015293406007095",
      "truncated": false,
      "retweet_count": "2",
      "id": "1731015293406007095",
      "created_at": "Sat Dec 02 18:19:41 +0000 2023",
      "favorited": false,
      "full_text": "I was scared to teach my first workshop. Spent the night before rehearsing how to explain a derailleur to strangers. Eight people came. Nobody cared that my hands were shaking.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1730512056395009436"
          ],
          "editableUntil": "2023-12-01T09:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "workshop",
            "indices": [
              "109",
              "118"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "119",
              "127"
            ]
          },
          {
            "text": "learn",
            "indices": [
              "128",
              "134"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/qhTpgtghKx",
            "expanded_url": "https://ferreira-cycles.example/workshops",
            "display_url": "ferreira-cycles.example/wo…",
            "indices": [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "25",
      "id_str": "1730512056395009436",
      "truncated": false,
      "retweet_count": "7",
      "id": "1730512056395009436",
      "created_at": "Fri Dec 01 09:00:00 +0000 2023",
      "favorited": false,
      "full_text": "Only 3 spots left in Saturday's wheel-truing workshop! Book now before it sells out: https://t.co/qhTpgtghKx #workshop #cycling #learn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1729236421461462742"
          ],
          "editableUntil": "2023-11-27T20:31:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "22",
      "id_str": "1729236421461462742",
      "truncated": false,
      "retweet_count": "8",
      "id": "1729236421461462742",
      "created_at": "Mon Nov 27 20:31:05 +0000 2023",
      "favorited": false,
      "full_text": "Mum came by the shop today and asked when I'm getting a 'proper job'. Twelve years in. Some things never change 😄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1727960243954124385"
          ],
          "editableUntil": "2023-11-24T08:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "BlackFriday",
            "indices": [
              "111",
              "123"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "124",
              "132"
            ]
          },
          {
            "text": "smallbusiness",
            "indices": [
              "133",
              "147"
            ]
          },
          {
            "text": "deals",
            "indices": [
              "148",
              "154"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/hx1MBBkHSo",
            "expanded_url": "https://ferreira-cycles.example/book",
            "display_url": "ferreira-cycles.example/bo…",
            "indices": [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "52",
      "id_str": "1727960243954124385",
      "truncated": false,
      "retweet_count": "5",
      "id": "1727960243954124385",
      "created_at": "Fri Nov 24 08:00:00 +0000 2023",
      "favorited": false,
      "full_text": "Black Friday at Ferreira Cycles: 20% off all servicing packages, today only! Book now: https://t.co/hx1MBBkHSo #BlackFriday #cycling #smallbusiness #deals",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1725819792971454421"
          ],
          "editableUntil": "2023-11-18T10:14:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Samir",
            "screen_name": "samir_commutes",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "77810023",
            "id": "77810023"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "1",
      "id_str": "1725819792971454421",
      "truncated": false,
      "retweet_count": "0",
      "id": "1725819792971454421",
      "created_at": "Sat Nov 18 10:14:37 +0000 2023",
      "favorited": false,
      "full_text": "@samir_commutes Mudguards AND stubbornness. Good answer.",
      "lang": "en",
      "in_reply_to_status_id_str": "1725819415484094421",
      "in_reply_to_status_id": "1725819415484094421",
      "in_reply_to_user_id": "77810023",
      "in_reply_to_user_id_str": "77810023",
      "in_reply_to_screen_name": "samir_commutes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1725570839953319026"
          ],
          "editableUntil": "2023-11-17T17:45:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "34",
      "id_str": "1725570839953319026",
      "truncated": false,
      "retweet_count": "6",
      "id": "1725570839953319026",
      "created_at": "Fri Nov 17 17:45:22 +0000 2023",
      "favorited": false,
      "full_text": "Genuine question for everyone who commutes by bike: what keeps you riding through the winter? Lights, mudguards, sheer stubbornness?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1724034374301049764"
          ],
          "editableUntil": "2023-11-13T12:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/dpybGeR2F8",
            "expanded_url": "https://ferreira-cycles.example/newsletter",
            "display_url": "ferreira-cycles.example/ne…",
            "indices": [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "39",
      "id_str": "1724034374301049764",
      "truncated": false,
      "retweet_count": "7",
      "id": "1724034374301049764",
      "created_at": "Mon Nov 13 12:00:00 +0000 2023",
      "favorited": false,
      "full_text": "My newsletter goes out on Sunday. Tips, tools, and the occasional rant about press-fit bottom brackets. Subscribe here: https://t.co/dpybGeR2F8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1722546122166226989"
          ],
          "editableUntil": "2023-11-09T09:26:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lena",
            "screen_name": "lenapedals",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "881273344019",
            "id": "881273344019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "5",
      "id_str": "1722546122166226989",
      "truncated": false,
      "retweet_count": "0",
      "id": "1722546122166226989",
      "created_at": "Thu Nov 09 09:26:13 +0000 2023",
      "favorited": false,
      "full_text": "@lenapedals Thank you, that's kind. Everything's drying out and we're open as normal from Monday.",
      "lang": "en",
      "in_reply_to_status_id_str": "1722545568518098989",
      "in_reply_to_status_id": "1722545568518098989",
      "in_reply_to_user_id": "881273344019",
      "in_reply_to_user_id_str": "881273344019",
      "in_reply_to_screen_name": "lenapedals"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1722359544747302108"
          ],
          "editableUntil": "2023-11-08T21:04:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "24",
      "id_str": "1722359544747302108",
      "truncated": false,
      "retweet_count": "6",
      "id": "1722359544747302108",
      "created_at": "Wed Nov 08 21:04:50 +0000 2023",
      "favorited": false,
      "full_text": "Rough week. The shop's back room flooded on Tuesday and I lost most of the spare inner tubes and a box of old Campagnolo parts I'd been saving for years. Still a bit gutted, honestly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1721536199196859781"
          ],
          "editableUntil": "2023-11-06T14:33:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dan Kirkby",
            "screen_name": "dan_kirkby",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "51183390",
            "id": "51183390"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "1",
      "id_str": "1721536199196859781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1721536199196859781",
      "created_at": "Mon Nov 06 14:33:09 +0000 2023",
      "favorited": false,
      "full_text": "@dan_kirkby Great question. A chain checker costs about £10 and will save you a cassette. Happy to show you how to use it next time you're in.",
      "lang": "en",
      "in_reply_to_status_id_str": "1721535377113275781",
      "in_reply_to_status_id": "1721535377113275781",
      "in_reply_to_user_id": "51183390",
      "in_reply_to_user_id_str": "51183390",
      "in_reply_to_screen_name": "dan_kirkby"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1719987356722339295"
          ],
          "editableUntil": "2023-11-02T07:58:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "31",
      "id_str": "1719987356722339295",
      "truncated": false,
      "retweet_count": "3",
      "id": "1719987356722339295",
      "created_at": "Thu Nov 02 07:58:36 +0000 2023",
      "favorited": false,
      "full_text": "Cold weather tip: tyre pressure drops as it gets colder. Check it weekly over the winter and you'll get far fewer pinch flats.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1717982742052053844"
          ],
          "editableUntil": "2023-10-27T19:12:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/tomas_fixes/status/1717982742052053844/photo/1",
            "source_status_id": "1717982742052053844",
            "indices": [
              "132",
              "155"
            ],
            "url": "https://t.co/RpdVYoHFi7",
            "media_url": "http://pbs.twimg.com/media/RpdVYoHFi7Pg.jpg",
            "media_url_https": "https://pbs.twimg.com/media/RpdVYoHFi7Pg.jpg",
            "id_str": "1717982741030075633",
            "id": "1717982741030075633",
            "media_alt_text": null,
            "type": "photo",
            "display_url": "pic.twitter.com/RpdVYoHFi7",
            "ext_alt_text": "A restored blue 1982 Peugeot road bike leaning on a brick wall"
          }
        ]
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "8",
      "id_str": "1717982742052053844",
      "truncated": false,
      "retweet_count": "4",
      "id": "1717982742052053844",
      "created_at": "Fri Oct 27 19:12:58 +0000 2023",
      "favorited": false,
      "full_text": "Before and after: a 1982 Peugeot that spent fifteen years in a shed. New tyres, new cables, a lot of patience. Runs like it's 1982. https://t.co/RpdVYoHFi7",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/tomas_fixes/status/1717982742052053844/photo/1",
            "source_status_id": "1717982742052053844",
            "indices": [
              "132",
              "155"
            ],
            "url": "https://t.co/RpdVYoHFi7",
            "media_url": "http://pbs.twimg.com/media/RpdVYoHFi7Pg.jpg",
            "media_url_https": "https://pbs.twimg.com/media/RpdVYoHFi7Pg.jpg",
            "id_str": "1717982741030075633",
            "id": "1717982741030075633",
            "media_alt_text": null,
            "type": "photo",
            "display_url": "pic.twitter.com/RpdVYoHFi7",
            "ext_alt_text": "A restored blue 1982 Peugeot road bike leaning on a brick wall"
          }
        ]
      },
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1716419277638457585"
          ],
          "editableUntil": "2023-10-23T11:40:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "bikemaintenance",
            "indices": [
              "133",
              "149"
            ]
          },
          {
            "text": "cycling",
            "indices": [
              "150",
              "158"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/3s9Zh49Nin",
            "expanded_url": "https://ferreira-cycles.example/blog/chain-wear",
            "display_url": "ferreira-cycles.example/bl…",
            "indices": [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "42",
      "id_str": "1716419277638457585",
      "truncated": false,
      "retweet_count": "8",
      "id": "1716419277638457585",
      "created_at": "Mon Oct 23 11:40:19 +0000 2023",
      "favorited": false,
      "full_text": "New blog post: 5 signs your chain needs replacing (and the £10 tool that tells you for sure). Read it here → https://t.co/3s9Zh49Nin #bikemaintenance #cycling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1714915723670273179"
          ],
          "editableUntil": "2023-10-19T08:05:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Wendy Okafor",
            "screen_name": "wrenchwendy",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "229174410",
            "id": "229174410"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1714915723670273179",
      "truncated": false,
      "retweet_count": "8",
      "id": "1714915723670273179",
      "created_at": "Thu Oct 19 08:05:44 +0000 2023",
      "favorited": false,
      "full_text": "RT @wrenchwendy: Reminder that asking 'dumb' questions at the bike shop is how you stop needing the bike shop. Ask them. Every time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1713953462466646002"
          ],
          "editableUntil": "2023-10-16T16:22:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Inês",
            "screen_name": "inesrides",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1402218833771",
            "id": "1402218833771"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "0",
      "id_str": "1713953462466646002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1713953462466646002",
      "created_at": "Mon Oct 16 16:22:03 +0000 2023",
      "favorited": false,
      "full_text": "@inesrides Did it work?",
      "lang": "en",
      "in_reply_to_status_id_str": "1713950446762070002",
      "in_reply_to_status_id": "1713950446762070002",
      "in_reply_to_user_id": "1402218833771",
      "in_reply_to_user_id_str": "1402218833771",
      "in_reply_to_screen_name": "inesrides"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1713179812686457813"
          ],
          "editableUntil": "2023-10-14T13:07:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Wendy Okafor",
            "screen_name": "wrenchwendy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "229174410",
            "id": "229174410"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "3",
      "id_str": "1713179812686457813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1713179812686457813",
      "created_at": "Sat Oct 14 13:07:51 +0000 2023",
      "favorited": false,
      "full_text": "@wrenchwendy Ha, yes! Every mechanic has a drawer of mystery bolts. Mine is two drawers and a biscuit tin.",
      "lang": "en",
      "in_reply_to_status_id_str": "1713176364968569813",
      "in_reply_to_status_id": "1713176364968569813",
      "in_reply_to_user_id": "229174410",
      "in_reply_to_user_id_str": "229174410",
      "in_reply_to_screen_name": "wrenchwendy"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1713140203245403288"
          ],
          "editableUntil": "2023-10-14T10:30:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "55",
      "id_str": "1713140203245403288",
      "truncated": false,
      "retweet_count": "6",
      "id": "1713140203245403288",
      "created_at": "Sat Oct 14 10:30:27 +0000 2023",
      "favorited": false,
      "full_text": "What's the one repair you've always been too scared to try yourself? Tell me and I'll film a short how-to for the most common answer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1712208494042287892"
          ],
          "editableUntil": "2023-10-11T20:48:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "37",
      "id_str": "1712208494042287892",
      "truncated": false,
      "retweet_count": "8",
      "id": "1712208494042287892",
      "created_at": "Wed Oct 11 20:48:10 +0000 2023",
      "favorited": false,
      "full_text": "Twenty years ago my dad let me take his bike apart on the kitchen floor and didn't say a word when I couldn't put it back together. I still think about how patient he was.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1711309274472157785"
          ],
          "editableUntil": "2023-10-09T09:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "award",
            "indices": [
              "152",
              "158"
            ]
          },
          {
            "text": "smallbusiness",
            "indices": [
              "159",
              "173"
            ]
          },
          {
            "text": "proud",
            "indices": [
              "174",
              "180"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "47",
      "id_str": "1711309274472157785",
      "truncated": false,
      "retweet_count": "6",
      "id": "1711309274472157785",
      "created_at": "Mon Oct 09 09:15:00 +0000 2023",
      "favorited": false,
      "full_text": "Proud to announce Ferreira Cycles has been named one of the city's top 10 independent bike shops! Thank you to the judges and to our amazing customers. #award #smallbusiness #proud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1709901891320660920"
          ],
          "editableUntil": "2023-10-05T12:02:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Inês",
            "screen_name": "inesrides",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1402218833771",
            "id": "1402218833771"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1709901891320660920",
      "truncated": false,
      "retweet_count": "0",
      "id": "1709901891320660920",
      "created_at": "Thu Oct 05 12:02:33 +0000 2023",
      "favorited": false,
      "full_text": "@inesrides That creak is almost always the bottom bracket or the pedals. Try regreasing the pedal threads first, it's the cheap fix. Let me know how it goes!",
      "lang": "en",
      "in_reply_to_status_id_str": "1709898573626196920",
      "in_reply_to_status_id": "1709898573626196920",
      "in_reply_to_user_id": "1402218833771",
      "in_reply_to_user_id_str": "1402218833771",
      "in_reply_to_screen_name": "inesrides"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1709272288743919309"
          ],
          "editableUntil": "2023-10-03T18:20:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "43",
      "id_str": "1709272288743919309",
      "truncated": false,
      "retweet_count": "7",
      "id": "1709272288743919309",
      "created_at": "Tue Oct 03 18:20:45 +0000 2023",
      "favorited": false,
      "full_text": "Tip: if your gears skip under load, check the cable tension before you blame the chain. A quarter turn of the barrel adjuster at a time, then test. Cheapest fix in the book.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1708748956102184986"
          ],
          "editableUntil": "2023-10-02T07:41:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "49",
      "id_str": "1708748956102184986",
      "truncated": false,
      "retweet_count": "4",
      "id": "1708748956102184986",
      "created_at": "Mon Oct 02 07:41:12 +0000 2023",
      "favorited": false,
      "full_text": "Rode in through the first proper autumn fog this morning. Couldn't see the end of the street, could hear every chain on the bridge. Lovely, weirdly.",
      "lang": "en"
    }
  }
]
