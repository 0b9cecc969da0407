# Personal next steps for co-leads and sponsors.
next-title = Your next steps
next-who-for = This page is for team co-leads and sponsors. For each team you co-lead or sponsor, it shows what the team still needs for its next Path to Performance level, with the guides, tools and courses that others found most helpful for it.
next-not-lead = You are not a co-lead or sponsor of a team at the moment, so there is nothing to show here.
next-browse-guides = Browse the how-to guides
next-read-p2p = Read about the Path to Performance
next-intro = For each team you co-lead or sponsor: what it still needs for its next Path to Performance level, and the guides, tools and courses that help, the ones others found most helpful first.
next-you-co-lead = You are a co-lead of this team
next-you-sponsor = You are a sponsor of this team
next-level = Level { $count }
next-level-lower = level { $count }
next-top-level = The team already holds the highest level, High-Performing. There is no next level to work towards; keep up what got you here.
next-unwritten = Nothing written is missing for level { $count }: the criteria for it have not been written yet.
next-still-to-do = Still to do for level { $count }
next-nothing-covers = No guide, tool or course covers this yet.
next-what-helps = What helps with this
next-found-helpful = { $count } found this helpful
next-all-guides = All how-to guides
next-all-tools = All tools
next-all-courses = All courses
next-none-waiting = No guide is waiting for you: your teams have nothing missing for their next level that a page covers.
next-all = All next steps for your teams
next-course-for-level = Course for level { $count }

## Path to Performance dimensions, as a step names them
next-dimension-sponsorship = Sponsorship
next-dimension-leadership = Leadership
next-dimension-training = Training
next-dimension-team_process = Team process
next-dimension-engagement = Team member engagement
next-dimension-tools = Use of tools
next-dimension-goals = Goals and performance
